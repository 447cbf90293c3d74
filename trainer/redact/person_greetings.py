"""Greetings, salutations and thanks of the languages we redact: one shared list (dev35 N; the
review's finding that six modules kept six lists of their own, each missing what another had).

Before a name they greet, address or thank the person ("Hi Jan", "Dear Lindqvist", "Takk
Sofie", "kiitos aino"); they are never part of the name, though name lists hold some of them
("Hallo", "Olá", "Salut", "Tack"). Each use takes the shared list or a subset of it, where a use
truly differs:

- ``GREETINGS``: every greeting, salutation and thanks word, lower case (``person_order``: a
  word before a given name that is no surname, less "Cara", "Caro", surnames too;
  ``person_comma``, with ``DAYTIME`` and less ``GIVEN_NAME_GREETINGS``: words that end a
  greeting before "Surname, Given"; ``person_hashtags.GREETING_CUES``, less
  ``GIVEN_NAME_GREETINGS``; ``member_cues``: the hellos and salutations);
- ``SALUTATION_WORDS``: the hellos, salutations and thanks, capitalised, that open a message
  or a sentence before a name ("Mersi Tatiana"), less the ones that are common given names
  too ("Hai", "Salam", "Moin", "Ola", "Cher"): a given name list match there is the greeting
  (``person_words.GREETING_WORDS``);
- ``MEMBER_GREETINGS``: the hellos and thanks, folded: member given-name keys that need more
  than the word alone (``member_words``);
- ``TAGGER_GREETINGS``: the list the learned name tagger was trained with (its candidates and
  features read it): fixed until the tagger is retrained, a subset of ``GREETINGS``.

Hand-written from general knowledge of these languages.
"""

from __future__ import annotations

from trainer.redact.folding import fold

# Words that greet, by language: en de nl fr it es pt sv da nb fi pl cs ro tr ms vi id; then
# (dev42 N) the languages of Europe and Africa we redact or may meet that had none here: hu
# hr/bs/sr sl sk lt lv et is sq mt sw and Māori (written in New Zealand English).
HELLOS = frozenset(
    """hi hey hello hiya howdy yo morning hallo moin servus hoi ciao salut bonjour bonsoir
    coucou hola ola olá oi buongiorno buonasera salve buenas saludos goedemorgen goedemiddag
    goedenavond grüezi hej hejsan hallå hei morn moi terve ahoj čau cześć witaj sveiki bună
    merhaba selam salam hai halo helo chào
    szia sziasztok szervusz helló üdv üdvözlöm bok zdravo pozdrav živjo dobrý zdravím labas
    sveikas labdien tere tervist halló sæl sæll góðan përshëndetje tungjatjeta
    bonġu merħba habari jambo hujambo mambo""".split()
)
# Words that address the person a letter is written to.
SALUTATIONS = frozenset(
    """dear liebe lieber lieve geachte beste cher chère caro cara gentile gentilissimo gentilissima
    egregio egregia estimado estimada estimados querido querida prezado prezada
    kedves tisztelt poštovani poštovana spoštovani spoštovana vážený vážená gerbiamas
    gerbiama cienījamais cienījamā hyvä lugupeetud kæri kæra i dashur e""".split()
)
# Words that thank.
THANKS = frozenset(
    """thanks thank thx cheers danke merci grazie gracias obrigado obrigada bedankt tak takk
    tack kiitos dzięki dziękuję děkuji díky mulțumesc mersi sağol
    köszönöm köszi köszönjük hvala ďakujem ačiū paldies aitäh faleminderit grazzi asante""".split()
)
# Words that welcome or congratulate.
WISHES = frozenset(
    """welcome congrats congratulations willkommen glückwunsch bienvenue bienvenido bienvenida
    benvenuto benvenuta bem-vindo bem-vinda welkom gefeliciteerd proficiat félicitations
    felicidades felicitaciones enhorabuena congratulazioni complimenti auguri parabéns
    bravo""".split()
)
GREETINGS = HELLOS | SALUTATIONS | THANKS | WISHES
# Times of day and farewells that close a greeting's phrase ("Buenos días, ...", "Guten Tag,").
DAYTIME = frozenset(
    """morgen tag abend god buenos días tardes noches bom boa dia tarde noite afternoon evening
    night bye tschüss""".split()
)
# Greetings that are also common given names or surnames: capitalised, one may be the name
# ("Hai", "Salam", "Cher", "Caro"). And those of them that name people in more countries still
# ("Yo", "Chào" as "Chao"), which only member keys and cue lists leave out.
_NAME_LIKE = frozenset({"hai", "salam", "selam", "moin", "ola", "cher", "cara", "caro", "morn"})
GIVEN_NAME_GREETINGS = _NAME_LIKE | {"yo", "chào"}
SALUTATION_WORDS = frozenset(
    w.title() for w in (HELLOS | SALUTATIONS | THANKS) - _NAME_LIKE - {"morning"}
)
# Member keys: the hellos and thanks, folded; not those that are given names in some country
# (a member called "Hai" or "Chao" keeps a key of its own), but "moin" and "ola" as before.
MEMBER_GREETINGS = frozenset(
    fold(w) for w in (HELLOS | THANKS) - (GIVEN_NAME_GREETINGS - {"moin", "ola"})
)
TAGGER_GREETINGS = frozenset(
    """hi hey hello dear thanks thx cheers morning hallo liebe lieber danke moin servus salut
    bonjour coucou merci cher chère hola gracias querido querida ciao grazie caro cara oi olá
    obrigado obrigada hoi beste cześć dzięki hej witaj hallå tack moi hei kiitos terve merhaba
    selam ahoj díky čau mulțumesc bună tak takk hai""".split()
)
