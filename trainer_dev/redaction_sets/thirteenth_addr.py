# ruff: noqa: E501  (hand-written data lists and templates are kept one entry-group per line)
"""Hand-written postal addresses for the `thirteenth` set, one national format per locale.

Towns: "Town|Region|postcode pattern" ('#' any digit). Streets: name tokens are the words of the street
name minus generic words (GENERIC). `address()` returns (value, form, street_tokens, postcode) where form is
'full' (one line), 'street' (street and number only) or 'block' (multi-line, as in a letter or signature).
"""

from __future__ import annotations

import random

from .thirteenth_ids import rd

TOWNS = {
    "en_US": "Columbus|OH|432## Portland|OR|972## Austin|TX|787## Madison|WI|537## Raleigh|NC|276## "
    "Boulder|CO|803## Ann_Arbor|MI|481## Savannah|GA|314## Burlington|VT|054## Tucson|AZ|857## Scranton|PA|185##",
    "en_GB": "Leeds||LS6 Harrogate||HG1 Bristol||BS7 Manchester||M20 Edinburgh||EH10 Cardiff||CF14 "
    "Newcastle_upon_Tyne||NE6 Birmingham||B15 Oxford||OX4 York||YO31 London||SW11 London||N16 Norwich||NR2 "
    "Truro||TR1 Aberdeen||AB15",
    "en_AU": "Fitzroy|VIC|3065 Newtown|NSW|2042 Paddington|QLD|4064 Fremantle|WA|6160 Glenelg|SA|5045 "
    "Sandy_Bay|TAS|7005 Braddon|ACT|2612 Parap|NT|0820 Brunswick|VIC|3056 Manly|NSW|2095 Toowong|QLD|4066",
    "en_IN": "Bengaluru|Indiranagar|560038 Bengaluru|Koramangala|560034 Mumbai|Andheri_West|400053 "
    "Pune|Kothrud|411038 Chennai|Adyar|600020 Hyderabad|Banjara_Hills|500034 Kolkata|Salt_Lake|700091 "
    "New_Delhi|Vasant_Kunj|110070 Kochi|Kakkanad|682030 Ahmedabad|Navrangpura|380009 Jaipur|Malviya_Nagar|302017",
    "de_DE": "Berlin||104## Köln||506## München||803## Hamburg||220## Leipzig||041## Freiburg_im_Breisgau||791## "
    "Münster||481## Dresden||010## Stuttgart||701## Bremen||282## Kiel||241## Heidelberg||691##",
    "fr_FR": "Lyon||6900# Paris||750## Marseille||1300# Nantes||44000 Rennes||35000 Bordeaux||33000 "
    "Toulouse||31000 Lille||59000 Strasbourg||67000 Montpellier||34000 Grenoble||38000 Quimper||29000 "
    "Bayonne||64100 Annecy||74000",
    "it_IT": "Bologna|BO|4012# Milano|MI|201## Roma|RM|001## Torino|TO|101## Napoli|NA|801## Firenze|FI|501## "
    "Palermo|PA|901## Bari|BA|701## Cagliari|CA|091## Verona|VR|371## Padova|PD|351## Lecce|LE|73100",
    "pt_BR": "São_Paulo|SP|05###-### São_Paulo|SP|04###-### Rio_de_Janeiro|RJ|22###-### Belo_Horizonte|MG|30###-### "
    "Curitiba|PR|80###-### Porto_Alegre|RS|90###-### Recife|PE|50###-### Salvador|BA|40###-### "
    "Fortaleza|CE|60###-### Florianópolis|SC|88###-### Goiânia|GO|74###-### Manaus|AM|69###-###",
    "pl_PL": "Kraków||30-### Warszawa||02-### Gdańsk||80-### Wrocław||50-### Poznań||60-### Łódź||90-### "
    "Lublin||20-### Katowice||40-### Szczecin||70-### Toruń||87-100 Zakopane||34-500 Białystok||15-###",
    "sv_SE": "Stockholm||11#_## Göteborg||41#_## Malmö||21#_## Uppsala||75#_## Lund||22#_## Umeå||90#_## "
    "Linköping||58#_## Västerås||72#_## Örebro||70#_## Luleå||97#_## Visby||621_##",
    "tr_TR": "İstanbul|Kadıköy|347## İstanbul|Beşiktaş|343## Ankara|Çankaya|066## İzmir|Karşıyaka|355## "
    "Bursa|Nilüfer|160## Antalya|Muratpaşa|070## Konya|Selçuklu|420## Trabzon|Ortahisar|610## "
    "Eskişehir|Tepebaşı|260##",
    "fi_FI": "Helsinki||00##0 Espoo||02##0 Tampere||33##0 Turku||20##0 Oulu||90##0 Jyväskylä||40##0 "
    "Kuopio||70##0 Lahti||15##0 Rovaniemi||96##0 Vaasa||65##0",
}

STREETS = {
    "en_US": "Maple_Avenue Oak_Street Cedar_Lane Willow_Drive Magnolia_Court Chestnut_Street Sycamore_Road "
    "Hawthorne_Boulevard Juniper_Way Lakeview_Terrace Ridgecrest_Drive Briarwood_Lane Foxglove_Place "
    "Cottonwood_Circle Larkspur_Avenue",
    "en_GB": "Beech_Road Kingsley_Crescent Albert_Terrace Mill_Lane Victoria_Grove Cavendish_Close "
    "Hollybush_Lane Thornbury_Avenue Elmfield_Road Ashgrove_Gardens Lansdowne_Place Marlborough_Street "
    "Pennine_View Rowan_Drive Tithebarn_Lane",
    "en_AU": "Wattle_Street Banksia_Crescent Jacaranda_Avenue Waratah_Parade Bottlebrush_Close Kookaburra_Way "
    "Lilly_Pilly_Court Ironbark_Road Boronia_Street Grevillea_Drive Tallowwood_Place Casuarina_Terrace",
    "en_IN": "Sai_Krupa_Apartments,_12th_Main_Road Gulmohar_Residency,_Tilak_Road Lotus_Heights,_Nehru_Nagar_Road "
    "Shanti_Niketan_Society,_Paud_Road Prestige_Lakeside,_Varthur_Road Sri_Venkateswara_Enclave,_Kamaraj_Salai "
    "Ashirwad_Villa,_Lokhandwala_Road Kalpataru_Towers,_Hill_Road Nandanam_Flats,_Warriam_Road "
    "Mehta_Bhavan,_Ashram_Road",
    "de_DE": "Lindenstraße Goethestraße Birkenweg Kastanienallee Rosenstraße Gartenstraße "
    "Friedrich-Ebert-Straße Am_Mühlbach Eichendorffweg Im_Wiesengrund Hölderlinstraße Sonnenhang "
    "Lerchenfeld Ahornring Brunnengasse",
    "fr_FR": "rue_des_Lilas avenue_Jean-Jaurès boulevard_Voltaire impasse_des_Tilleuls rue_du_Moulin "
    "allée_des_Peupliers chemin_des_Vignes rue_de_la_Paix rue_Gambetta quai_des_Chartrons rue_Sainte-Catherine "
    "place_des_Marronniers rue_des_Capucins",
    "it_IT": "Via_Garibaldi Via_dei_Mille Corso_Vittorio_Emanuele_II Viale_Mazzini Via_delle_Rose Vicolo_del_Pozzo "
    "Via_Santo_Stefano Via_Cavour Via_dei_Tigli Piazza_San_Domenico Via_Belfiore Via_delle_Ginestre "
    "Viale_dei_Pini",
    "pt_BR": "Rua_das_Acácias Rua_Augusta Rua_Haddock_Lobo Rua_Padre_Chagas Rua_Sete_de_Setembro "
    "Avenida_Getúlio_Vargas Travessa_dos_Pescadores Rua_Barão_de_Itapetininga Rua_dos_Ipês Alameda_Santos "
    "Rua_Voluntários_da_Pátria Rua_das_Mangueiras",
    "pl_PL": "ul._Lipowa ul._Ogrodowa ul._Kwiatowa ul._Kościuszki ul._Mickiewicza ul._Słowackiego "
    "os._Tysiąclecia ul._Długa ul._Zielona ul._Jaśminowa ul._Wrzosowa ul._Krucza ul._Piastowska",
    "sv_SE": "Storgatan Drottninggatan Björkvägen Ekvägen Granstigen Kyrkogatan Skolgatan Tallbacken "
    "Sveavägen Hornsgatan Linnégatan Kungsgatan Hagtornsvägen Lingonstigen",
    "tr_TR": "Lale_Sok. Menekşe_Sok. Çınar_Sok. Papatya_Sok. Ihlamur_Sok. Akasya_Sok. Fesleğen_Sok. "
    "Bağdat_Cad. Cumhuriyet_Cad. Bahariye_Cad. Kazım_Karabekir_Cad. Nergis_Sok. Zambak_Sok.",
    "fi_FI": "Koivukuja Mäntytie Kuusitie Rantakatu Puistokatu Hämeenkatu Vaahterakuja Pihlajatie "
    "Satamakatu Kalevankatu Tunturitie Kirkkokatu Kanervapolku Sammalkuja",
}

GENERIC = set("""street avenue lane drive court road boulevard way terrace place circle crescent close grove
gardens view parade main 12th apartments residency heights society enclave salai villa towers flats bhavan nagar
straße allee weg am im rue des du de la avenue boulevard impasse allée chemin quai place via viale dei delle del
corso vicolo piazza san santo ii rua das dos da avenida travessa alameda ul. os. sok. cad. sri""".split())

TR_MAH = "Moda Caferağa Kavaklıdere Bahçelievler Fenerbahçe Göztepe Mavişehir Ataevler Yeşilyurt".split()


def _pc(pat: str, rng: random.Random) -> str:
    return "".join(rd(rng, 1) if c == "#" else c for c in pat)


def address(rng: random.Random, locale: str) -> tuple[str, str, list[str], str]:
    town, region, pat = rng.choice(TOWNS[locale].split()).split("|")
    town, region, pat = town.replace("_", " "), region.replace("_", " "), pat.replace("_", " ")
    street = rng.choice(STREETS[locale].split()).replace("_", " ")
    pc = _pc(pat, rng)
    if locale == "en_GB":
        pc = f"{pat} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    n = rng.randint(1, 180)
    form = rng.choices(["full", "street", "block"], [0.6, 0.15, 0.25])[0]
    tokens = [t.strip(",") for t in street.split() if t.strip(",").lower() not in GENERIC and len(t.strip(",")) > 2]
    if locale == "en_US":
        n = rng.randint(10, 9899)
        apt = rng.choice(["", "", f", Apt {rng.randint(1, 24)}{rng.choice('ABCD')}", f", Unit {rng.randint(2, 400)}"])
        if rng.random() < 0.25:
            pc += f"-{rd(rng, 4)}"
        line1, line2 = f"{n} {street}{apt}", f"{town}, {region} {pc}"
    elif locale in ("en_GB",):
        line1, line2 = f"{n} {street}", f"{town} {pc}"
    elif locale == "en_AU":
        unit = rng.choice(["", "", f"Unit {rng.randint(1, 30)}/", f"{rng.randint(1, 12)}/"])
        line1, line2 = f"{unit}{n} {street}", f"{town} {region} {pc}"
    elif locale == "en_IN":
        line1 = f"Flat {rng.randint(1, 14)}0{rng.randint(1, 8)}, {street}"
        line2 = f"{region}, {town} {pc}" if rng.random() < 0.5 else f"{region}, {town} - {pc}"
    elif locale in ("de_DE",):
        line1, line2 = f"{street} {n}{rng.choice(['', '', 'a', 'b'])}", f"{pc} {town}"
    elif locale == "fr_FR":
        line1 = f"{n}{rng.choice(['', '', ' bis', ' ter'])} {street}"
        line2 = f"{pc} {town}" + (f" {int(pc[-2:]) or 1}e" if town in ("Paris", "Lyon", "Marseille") and
                                   rng.random() < 0.2 else "")
    elif locale == "it_IT":
        line1 = rng.choice([f"{street} {n}", f"{street}, {n}"])
        line2 = rng.choice([f"{pc} {town} ({region})", f"{pc} {town} {region}"])
    elif locale == "pt_BR":
        bairro = rng.choice(["Pinheiros", "Centro", "Jardim Botânico", "Boa Vista", "Vila Nova", "Santa Cecília"])
        line1 = f"{street}, {n * 7}" + rng.choice(["", f", apto {rng.randint(1, 20)}{rng.randint(1, 4)}"])
        line2 = f"{bairro}, {town} – {region}, {pc}"
    elif locale == "pl_PL":
        line1 = f"{street} {n}" + rng.choice(["", f"/{rng.randint(1, 60)}", f" m. {rng.randint(1, 60)}"])
        line2 = f"{pc} {town}"
    elif locale == "sv_SE":
        line1 = f"{street} {n}" + rng.choice(["", " A", " B", f" lgh {rng.randint(10, 16)}0{rng.randint(1, 6)}"])
        line2 = f"{pc} {town}"
    elif locale == "tr_TR":
        mah = rng.choice(TR_MAH)
        line1 = f"{mah} Mah. {street} No: {n} D: {rng.randint(1, 24)}"
        line2 = f"{pc} {region}/{town}"
    else:  # fi_FI
        line1 = f"{street} {n}" + rng.choice(["", f" {rng.choice('ABC')} {rng.randint(1, 40)}", f" as. {rng.randint(1, 9)}"])
        line2 = f"{pc} {town}"
    if form == "street":
        value = line1
        pc = ""
    elif form == "block":
        value = f"{line1}\n{line2}"
    else:
        value = f"{line1}, {line2}"
    return value, form, tokens, pc
