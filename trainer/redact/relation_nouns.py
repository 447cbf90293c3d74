"""The relation nouns before a person ("my manager", "mi primo", "ma cousine"), by language: read
by ``person_relation`` (a person cue) and ``eponym_evidence`` (person evidence against a brand
keep)."""

from __future__ import annotations

from trainer.redact import prefilter

# Relation nouns, by language (singular; both genders where the language marks them).
_NOUNS = """
manager boss colleague coworker co-worker mentor mentee friend teammate supervisor advisor
adviser tutor teacher professor coach lead husband wife sister brother cousin mother father
mum mom dad son daughter aunt uncle niece nephew neighbour neighbor roommate flatmate
classmate boyfriend girlfriend fiancé fiancée grandmother grandfather grandma grandpa
jefe jefa compañero compañera colega mentora tutora profesora amigo amiga hermano hermana
primo prima madre padre hijo hija esposo esposa marido novio novia vecino vecina
responsable supervisora entrenador entrenadora
chefe gestor gestora orientador orientadora professora irmão irmã mãe pai filho filha
namorado namorada vizinho vizinha líder
capo responsabile collega mentore amico amica fratello sorella cugino cugina figlio figlia moglie
fidanzato fidanzata vicina professoressa allenatore
chef cheffe collègue tuteur tutrice ami amie frère sœur cousine mère père fille mari
voisin voisine
kollege kollegin mentorin teamleiter teamleiterin betreuer betreuerin vorgesetzter
vorgesetzte freundin bruder schwester lehrer lehrerin nachbar nachbarin
leidinggevende baas begeleider vriend vriendin broer zus docent leraar
sjef sjefen leder lederen kollega kollegaen kollegan mentoren veileder veilederen venn
vennen venninne bror broren søster søsteren chefen
bos ketua pengurus rakan kawan teman sahabat atasan penyelia pembimbing suami isteri istri
"""
NOUNS = frozenset(_NOUNS.split())
prefilter.register("relation_noun", NOUNS)
