"""Short forms of given names (hypocoristics), so that a member written by a nickname is still a
member: "Alex" or "Sasha" for Alexander, "Kathi" for Katharina, "Checco" for Francesco, "Pepe"
for José, "Gui" for Guilherme. Fail closed: the roster's given names gain these as extra keys,
and the member rules judge them like any given name (a short form that is also a word, "Max",
"Bill", "Pat", needs a person cue, as "Will" does).

The table is the conventional one of each language we redact (en de fr es it nl pt, and the
second block: cs sk pl hr hu ro, da nb sv, Filipino, Malay and Indonesian, and more Spanish and
Portuguese ones), keyed by the folded formal name; a short form stands for every formal name
listed with it. Short forms
of one or two letters are never keys of their own (``name_keys`` drops them), only before a
surname ("Ed Harris").
"""

from __future__ import annotations

from functools import cache

from trainer.redact.folding import fold

# formal name(s) -> short forms. One line per formal family; the languages share many.
_TABLE = """
alexander alexandre alessandro alejandro: alex sasha sascha sandro xander lex
alexandra alessandra alejandra: alex sasha sascha sandra
andrew andreas andrea andres andré andrés: andy drew andi andrés
anthony antonio antonius antoine anton: tony toni toño ton
benjamin benjamín: ben benny benji
catherine katherine katharina kathrin katrin: cathy kate katie kathi katja kat
caterina catalina catarina: cati rina kat
charles karl carlos carlo: charlie chuck carl charly carlitos
christopher christoph christophe cristoforo cristóbal: chris kit toph
christian cristian christiaan: chris chrissi
constantine konstantin costantino constantino connor conor: con connie kostas
daniel daniele: dan danny dani
david davide: dave davey
edward eduard eduardo edoardo édouard: ed eddie ted edu
elizabeth elisabeth elisabetta isabel isabella isabelle: liz lizzy beth betty lisa lies isa bel bela
emmanuel emanuele manuel manuela: manu manolo
federico federica: fede fefe
francesco francesca: checco cesco franci fra
francisco francisca: paco pancho curro quico
françois francis: franck
franz frans: franzi
frederick friedrich frédéric frederik: fred freddie fritz fritzi
gabriel gabriele gabriella gabrielle: gabi gabe gab
giuseppe giuseppina: beppe peppe pino pina
guilherme: gui
guillermo: guille memo
henry heinrich henri hendrik enrique enrico henrique: harry hank heinz henk kike rico
jacob jakob jacopo jacobus: jake jaap koos
james jaime giacomo: jim jimmy jamie
jennifer: jen jenny
johannes johann: hans hannes jo
joão: joca
giovanni: gianni nanni vanni
jonathan: jon jonny
josé: pepe pepito chema
joseph josef josep giuseppe: joe joey sepp seppi
katherine kathleen: kath
leonardo leonard leonhard léonard: leo leon
lorenzo laurence lawrence lorenz: enzo renzo larry lars
margaret margarete marguerite: maggie meg peggy gretel grete
margarita margherita margarida: rita marga
maria marie mariana: mia mimi ria mari maruja
matthew matthias mathieu matteo mateo matheus: matt matti teo
maximilian maximiliano massimiliano maxime maximilien: max maxi
michael michel michele miguel michiel: mike mikey micha mich miguelito
nicholas nicolas nicola nicolás niklas nicolau: nick nico nicky klaas niek
patrick patricia patrizia patrício: pat patty paddy patri
peter pieter pierre pietro pedro: pete piet pe
rebecca rebekka: becky becca
richard ricardo riccardo: rich rick ricky dick ricardinho
robert roberto roberta: rob bob bobby robbie berto
rodrigo: rodri
samuel samuele: sam sammy
sebastian sebastián sebastiano sébastien sebastião: seb basti sebas bastien tião
stephen steven stefan stefano stéphane esteban estêvão: steve stevie stef steffi
susan susanne susanna suzanne: sue susi suzy sanne
theodore theodor teodoro théodore: theo ted teddy
thomas tomás tommaso tomasz: tom tommy thom tomas tomek
victoria vitória viktoria: vicky vicki tori viki
william wilhelm guillaume willem: will bill billy liam willy wim
wolfgang: wolf
rafael raffaele rafał: rafa rafi lele
natalia natália natalie: nati naty
santiago: santi
ignacio: nacho nacha
fernando fernanda: nando fer
gonzalo: gonza
agustín agustina: agus tin
cristina kristina christina kristine christine kristin: tina tin stine
martina: tina
valentina valentín: vale
guadalupe: lupe
dolores: lola
jesús: chuy chucho
jiří: jirka
josef jozef józef josip: pepa jožka jožo józek joso
petr: péťa peťo
tomáš tomasz tomislav: tomík tomek tomo
jakub: kuba
vojtěch wojciech: vojta wojtek
kateřina katarzyna katarína katalin: katka káťa kasia kati
zuzana zsuzsanna: zuzka zuza zsuzsa zsuzsi
magdaléna magdalena: magda madzia
małgorzata: gosia małgosia
aleksandra: ola
aleksander aleksandar alexandru: olek saša sandu
grzegorz: grzesiek
krzysztof: krzysiek
bartłomiej: bartek
maciej: maciek
stanisław stanislav: staszek standa
ondřej: ondra
václav: vašek
františek: franta
barbora barbara: bára basia
ivan: ivo ivica
stjepan: stipe
zvonimir: zvonko
krešimir: krešo
istván: pista
lászló: laci
józsef: józsi
jános: jani
ferenc: feri
zoltán: zoli
sándor: sanyi
erzsébet: erzsi
gheorghe: ghiță gică
constantin: costel costi
nicolae: nicu
ștefan: fane
ioan ion: ionel nelu
kristian christoffer: kris
margrethe margareta: grethe greta
muhammad mohammad mohamed mohammed: mat mamat
abdullah: dollah
"""


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Folded formal given name -> folded short forms."""
    table: dict[str, set[str]] = {}
    for line in _TABLE.strip().splitlines():
        formal, short = line.split(":")
        forms = {fold(s) for s in short.split()}
        for name in formal.split():
            table.setdefault(fold(name), set()).update(forms - {fold(name)})
    return {name: frozenset(forms) for name, forms in table.items()}


def nicknames(given: str) -> frozenset[str]:
    """The folded short forms of a folded given name ("katharina" -> {"kathi", "katja", ...})."""
    return _nicknames().get(given, frozenset())

