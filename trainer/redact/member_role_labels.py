"""A roster name as the value of a role label: "Account manager: X", "Chargé de compte : X",
"Ansprechpartnerin: X", "- Mentor: X".

Forms, quotes, signatures and programme lines name the person who holds a role with a label
of one to four words ending in a colon, the value after it on the same line. ``member_given``
asks for a person cue around a roster name that is also a word ("Rusty", "Ange", "Will");
a label one of whose words is a role or job title (``place_roles.ROLES``, and the contact and
account roles of forms below) or that ends in the preposition of a passive's agent
("Referred by:", "Referido por:", "Envoyé par :", "Erstellt von:") is that cue, when the name
is the whole value (the line ends after it, or a comma, a bracket, a dash or another
capitalised word follows): "Contact: Will be announced" keeps its word.
"""

from __future__ import annotations

import re

from trainer.redact.name_keys import fold
from trainer.redact.place_roles import ROLES

# Roles that forms, quotes and programmes label (folded): contact people, account and
# project roles, and the people of a course or an event.
_FORM_ROLES = frozenset(
    """contact contacto contato kontakt ansprechpartner ansprechpartnerin contactpersoon
    referente interlocuteur interlocutrice charge chargee encargado encargada responsavel
    gestor gestora gestionnaire owner lead host organiser organizer organisateur organisatrice
    speaker mentor mentora mentore tutor tutora tuteur tutrice trainer formateur formatrice
    instructor instructora moderator moderador moderadora moderateur moderatrice facilitator
    presenter ponente intervenant intervenante agent representative accountant contable
    comptable commercial vendedor vendedora""".split()
) | frozenset(
    # the staff member a rota, a form or a report names: employee, colleague, shift lead,
    # driver and the service trades, in the languages of the sets' locales and their
    # neighbours (folded; Albanian and Romanian with and without the definite ending)
    """staff employee employe collaborateur collaboratrice collaboratore
    colaborador colaboradora collaborator colaborator mitarbeiter mitarbeiterin
    medewerker medewerkster werknemer empleado empleada funcionario funcionaria dipendente
    impiegato impiegata salarie salariee angajat angajata angajatul punonjes
    punonjesi punonjesja sef sefa shef shefi shefja jefe jefa colleague collega kollege
    kollegin collegue colega coleg kolega teammate driver fahrer fahrerin chauffeur
    chauffeuse conducteur conductrice motorista chofer conductor autista shofer shoferi sofer
    soferul disponent dispatcher dispecer magazinier magazzinierre magazziniere almacenista
    lagerist waiter waitress camarero camarera cameriere cameriera kellner kellnerin serveur
    serveuse garcom receptionist receptionniste recepcionista receptionista cook koch kochin
    cuisinier cuisiniere cocinero cocinera cuoco cuoca cozinheiro cozinheira""".split()
)
_ROLE_KEYS = frozenset(fold(w) for w in ROLES) | _FORM_ROLES | frozenset(
    # a candidacy names its candidate: "Candidat au bureau : X", "Candidatura: X"
    "candidat candidate candidata candidato candidatura candidature kandidat kandidatin "
    "kandidatur kandidaat kandidatuur".split()
)
# A person noun written in both genders, as German, Spanish, Portuguese, Catalan and Italian
# write a role for anyone ("Helfer/in", "Mitarbeiter*in", "Voluntario/a", "Voluntário(a)",
# "Candidat(e)"): a label so names the person who holds it.
_BOTH_GENDERS = re.compile(r"[^\W\d_]{3,}(?:[/*:_](?:in|innen|a|as|e|es)|\((?:in|a|e)\))")
# A German compound that ends in a candidacy ("Vorstandskandidatur", "Beiratskandidat").
_CANDIDACY_ENDS = ("kandidatur", "kandidat", "kandidatin")
# The preposition of a passive's agent, closing a label ("Referred by:", "Signé par :").
_AGENT = frozenset("by por par von door da przez od av af pelo pela".split())
_MAX_LABEL = 48  # characters of a label line before its colon
_MAX_WORDS = 4
# What may follow a name that is the whole value: the line's end, a comma, a bracket, a dash,
# or another capitalised word (the surname).
_VALUE_END = re.compile(r"[ \t]*(?:$|\n|[,;(|–—-]|[^\W\d_a-zß-ÿ])")


def role_label_before(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the whole value of a role label (see above)."""
    if start < 2 or text[start - 1] not in " \t:":
        return False
    colon = text.rfind(":", max(0, start - 3), start)
    if colon < 0 or text[colon + 1 : start].strip(" \t"):
        return False
    line = text.rfind("\n", 0, colon) + 1
    if colon - line > _MAX_LABEL:
        return False
    words = text[line:colon].replace("•", " ").replace("*", " ").split()
    if not 1 <= len(words) <= _MAX_WORDS or not words[0][:1].isupper() and words[0] != "-":
        return False
    if words[-1].lower() not in _AGENT and not any(role_word(w) for w in words):
        return False
    return _VALUE_END.match(text, end) is not None


def role_word(word: str) -> bool:
    """A label word that names a role: a listed role, a person noun in both genders, or a
    German compound candidacy."""
    key = fold(word.strip("-"))
    return (
        key in _ROLE_KEYS
        or _BOTH_GENDERS.fullmatch(word) is not None
        or key.endswith(_CANDIDACY_ENDS)
    )
