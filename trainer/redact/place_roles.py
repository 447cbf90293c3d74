"""Roles and job titles, folded, in the languages whose place names ``lookalike_places`` reads.

A role next to an institution's noun makes the name after it a person working there ("Museum
Director Ana …", "Colegio Rectora …", "Schule Leiterin …", "la directora Escuela Carmen …",
"direttrice di Scuola Anna …"), never the place's name; honorifics too ("Szpital Dr …").
Fail closed: a word added here only ever refuses a keep.
"""

from __future__ import annotations

ROLES = frozenset(
    """director directora directeur directrice direttore direttrice diretor diretora direktor
    direktorin dyrektor dyrektorka reditel reditelka directoare direktur pengarah johtaja mudur
    muduru manager managerin gerente gerant gerante head chief chef chefin jefe jefa capo
    leiter leiterin kierownik kierowniczka kepala ketua rector rectora rettore rettrice reitor
    reitora rektor rektorin rehtori provost chancellor principal headmaster headmistress
    preside proviseur dean decano decana doyen doyenne dekan dekanin decaan dziekan
    decan curator curadora curador curatore curatrice conservateur conservatrice conservator
    kurator kuratorin chair chairman chairwoman chairperson president presidente presidenta
    prasident prasidentin presedinte prezes voorzitter vorsitzende vorsitzender ordforande
    baskan ceo cfo cto coo founder cofounder co-founder fundador fundadora fondateur
    fondatrice fondatore grunder grunderin oprichter coordinator coordinador coordinadora
    coordenador coordenadora coordinatore coordinatrice coordinateur koordinator
    koordinatorin secretary secretario secretaria segretario segretaria secretaire
    administrator superintendent treasurer trustee spokesperson professor professorin
    profesor profesora professeur professora professoressa teacher doctor doctora dottore
    dottoressa nurse coach captain mayor alcalde alcaldesa sindaco maire burgermeister
    burgermeisterin responsable dr dra prof mr mrs ms sr sra mme herr frau catedratico catedratica
    docente maestro maestra investigador investigadora ricercatore ricercatrice chercheur
    chercheuse medico medica abogado abogada avvocato avvocata enfermero enfermera""".split()
)
