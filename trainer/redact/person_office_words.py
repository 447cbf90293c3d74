"""Words that name an office, a section or a public body, in many languages at once (dev38 N).

A line framed by dashes ("— Payroll —", "— Customer Care —", "— Općina —") is a department's
banner when its words name an office; the same frame around words that name none ("— Maren
Oyelaran —") is a sign-off, whose name goes (fail closed). The family is written for the
languages of Europe, the Americas and Africa together, so that it reads a banner in a country
no list was written for: a ministry, a municipality, a registry, a service, a section.
Words are compared folded (lower case, accents removed: ``fold``).
"""

from __future__ import annotations

import re
import unicodedata

from trainer.redact.record_names import ORGANISATION_WORDS

_OFFICE = """
office offices department dept section division unit branch bureau agency authority ministry
council municipality county district registry registrar treasury secretariat directorate
commission board committee service services desk team care customer customers support help
helpdesk payroll hr human resources personnel recruitment recruiting careers jobs talent
hiring benefits pensions pension compliance audit legal finance finances accounts accounting
billing invoicing sales marketing press communications comms media relations it operations
logistics warehouse shipping returns dispatch procurement purchasing reception admissions
enrolment enrollment records archive archives headquarters hq administration management
front frontdesk notices announcements newsletter bulletin info information updates news
ministere mairie prefecture secretariat direction service bureau caisse tresor tresorerie
paie ressources humaines recrutement comptabilite facturation clientele accueil commune
ministerio secretaria oficina ayuntamiento alcaldia municipio municipalidad intendencia
gobernacion direccion departamento nomina nominas recursos humanos contratacion tesoreria
atencion cliente clientes ventas soporte ministerio camara prefeitura secretaria gabinete
repartição reparticao departamento folha pagamento atendimento
ministerium amt behorde stadtverwaltung gemeinde rathaus landratsamt finanzamt verwaltung
personalabteilung lohnbuchhaltung buchhaltung kundenservice kundendienst vertrieb abteilung
referat dezernat
ministerie gemeente dienst overheidsdienst loket afdeling financien personeelszaken
salarisadministratie klantenservice
ministero comune ufficio servizio servizi segreteria direzione assessorato
opcina opstina grad zupanija ministarstvo ured uprava odjel odsjek sluzba
urad ministerstvo odbor oddeleni obec magistrat mzdova uctarna
urzad gmina starostwo ministerstwo dzial wydzial kadry ksiegowosc biuro
primaria ministerul serviciul departamentul directia prefectura biroul
kontor kontoret afdelingen avdelningen avdeling kommune kommun departementet
osasto virasto kunta ministerio
bakanlik belediye mudurlugu valilik
wizara idara ofisi huduma
dienests birojs parvalde nodala ministrija tarnyba skyrius ministerija savivaldybe amet
osakond ministeerium vald hivatal osztaly miniszterium onkormanyzat
"""
_WORD = re.compile(r"[^\W\d_]+")
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def fold(word: str) -> str:
    """``word`` in lower case with its accents removed ("Općina" -> "opcina")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


OFFICE_WORDS = frozenset(_OFFICE.split()) | frozenset(fold(w) for w in ORGANISATION_WORDS)


def names_office(words: str) -> bool:
    """Whether ``words`` name an office: one of them an office word of any of the languages,
    or an acronym ("FOD Financiën", "HR", "Customer Care"); a run of names alone is none."""
    return any(
        fold(w) in OFFICE_WORDS or _ACRONYM.fullmatch(w) is not None for w in _WORD.findall(words)
    )


def office_word(word: str) -> bool:
    """``word`` is an office word of any of the languages ("Servizi", "Abteilung")."""
    return fold(word) in OFFICE_WORDS
