"""English locales of the fifteenth set (en_US, en_GB): hand-written names, places, phrasing."""

from __future__ import annotations

from . import fifteenth_num as num

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

EN_GENRES = {
    "classified": "FOR SALE: solid oak dining table, collection only. | Selling my son's old bike, "
                  "he has outgrown it. | Clearing out the garage this weekend, lots to go. | "
                  "Selling my car as I'm moving abroad.",
    "rental": "Room available in a friendly shared house from next month. | Flat to let, "
              "unfurnished, viewings by appointment. | Looking for a lodger, quiet professional "
              "preferred.",
    "jobs": "Looking for a reliable cleaner for a few hours a week. | Experienced handyman "
            "available for small jobs. | Our cafe is hiring weekend staff!",
    "lost_found": "LOST: grey tabby cat, very shy, answers to Pickle. | Found a set of keys on "
                  "the bench by the playground. | Lost wallet somewhere between the station and "
                  "the library, brown leather.",
    "carpool": "Offering a lift to the coast on Saturday, room for two more. | Anyone driving to "
               "the airport early Friday? Happy to share fuel. | Daily carpool to the business "
               "park, one seat free.",
    "services": "Can anyone recommend a good electrician? | Huge thanks to the plumber who sorted "
                "our boiler last week! | Maths tutor available, all ages.",
    "notice": "Notice to all residents: the water will be off on Tuesday morning. | Parcel left "
              "with a neighbour, please collect. | Building works start next week, sorry for "
              "the noise.",
    "club": "The running club meets again after the winter break. | Parish volunteers needed "
            "for the food bank rota. | School fair this Saturday, cakes welcome!",
    "review": "Quick review of the new garage on the high street. | Honest feedback after our "
              "kitchen refit. | Went to the new dentist around the corner, verdict below.",
    "rsvp": "Sign-up list for the street party is now open! | Please RSVP for the school quiz "
            "night. | Who's coming to the litter pick? Add yourself below.",
    "swap": "Free to a good home: toddler clothes, mostly girls. | Swap thread, post what you "
            "have and what you need. | Reply to my earlier post: the sofa is still available.",
}

EN_PHR = {
    "EMAIL": "Email me at {v} for photos. | Questions to {v} please. | You can reach the "
             "organiser on {v}. | send details to {v} | Contact: {v} | drop a line to {v} and "
             "I'll reply tonight",
    "PHONE": "Call or text {v}. | WhatsApp {v} after 6. | Ring {v} if you see him! | Phone: {v} "
             "| his number is {v}, tell him we sent you | text only please: {v} | Signal/"
             "Telegram {v}",
    "URL": "More photos on {v}. | Details and booking via {v} | Check out their page {v} | "
           "full listing here: {v} | reviews at {v}",
    "IP": "The camera log shows a login from {v}, is that anyone here? | Our building Wi-Fi "
          "keeps banning {v}, can the admin whitelist it? | The router says the device at {v} "
          "is eating all the bandwidth. | My home IP is {v} if you need to allow it.",
    "CARD": "WARNING: a 'buyer' asked me to confirm card {v}. It's a scam, don't do this! | "
            "Someone posted their card number {v} in the group chat by mistake, please delete! "
            "| Never send card details like {v} to 'couriers'.",
    "IBAN": "Deposit to {v} secures the room. | Please pay the deposit into {v}. | Bank "
            "transfer to {v}, use your name as reference. | international buyers can wire to "
            "{v}",
    "PERSON": "Our plumber {v} was brilliant, highly recommend. | Ask for {v} at the front "
              "desk. | {v} from the corner shop is collecting donations. | Huge thanks to {v} "
              "who found our dog! | The tutor, {v}, is patient and kind. | Lift organised by "
              "{v}. | {v} did our roof, fair price and tidy. | Avoid {v}, took the deposit and "
              "vanished.",
    "MEMBER": "{v} has offered to bring the gazebo. | Signed up so far: {v}. | Thanks {v} for "
              "organising! | Message {v} in this group for the key. | {v} will run the stall "
              "this year. | {v} is taking the parcels in this week.",
    "ADDRESS": "Viewing at {v}. | Collection from {v}. | Meeting point: {v}. | Drop off at {v}, "
               "ring the top bell. | Parcel is at {v} with the neighbour. | Pick up from {v} "
               "any evening.",
    "POSS": "Found {v} keys by the bus stop. | {v} cat is missing again. | Anyone seen {v} blue "
            "bike? | {v} van is blocking the drive again.",
}

EN_LA = {
    "price": "Asking {v}. | {v} ono. | Price: {v} | yours for {v} | paid {v} new",
    "date": "Available from {v}. | Event on {v}. | Moving out {v}.",
    "time": "Doors open at {v}. | Pick-up around {v}. | Leaving at {v} sharp.",
    "hours": "Open {v} weekdays. | Office hours {v}.",
    "order_no": "Order {v} arrived damaged. | (order no. {v})",
    "tracking": "Tracking: {v} | Courier tracking {v} shows delivered.",
    "model": "Model {v}, works perfectly. | It's a {v}.",
    "serial": "Serial {v} on the receipt.",
    "isbn": "Textbook ISBN {v}, barely used.",
    "dimension": "Measures {v}. | Size {v}.",
    "measure": "Weighs about {v}. | Roughly {v}.",
    "plate": "Reg {v}. | The van with plate {v} keeps blocking the drive.",
    "bus": "Take bus {v} to the end. | The {v} bus stops outside.",
    "room": "Meeting in room {v}. | Room {v} in the community centre.",
    "version": "Runs firmware {v}. | app version {v}",
    "flight": "Landing on {v} if anyone can help with a lift.",
    "company": "Bought from {v}. | Cheaper than {v}.",
    "product": "Comes with the {v}. | Swapping for a {v}.",
    "place": "Near {v}. | Opposite {v}.",
    "year": "Bought new in {v}.",
    "invoice": "Invoice {v} attached.",
    "ticket": "Reported to the council, ticket {v}.",
}

EN_COMMON = {
    "genres": EN_GENRES, "phr": EN_PHR, "la": EN_LA, "months": EN_MONTHS, "poss": True,
    "closers": "Thanks! | Cheers all. | DM me with questions. | First come first served. | No "
               "time wasters please. | Have a lovely weekend everyone.",
    "free": "Collection only, sorry no delivery. | Smoke-free, pet-free home. | Happy to answer "
            "any questions here. | Cash on collection preferred. | Please share with anyone who "
            "might be interested. | Everyone welcome, bring a friend. | Still looking, any leads "
            "appreciated. | It's in good condition, a few scuffs. | Will post updates here. | "
            "Kids are very welcome. | Please be kind in the comments.",
    "trades": ["plumbing", "cakes", "tutoring", "cleaning", "handyman", "photo"],
}


def _us_ids(rng, person):
    v = num.us_ssn(rng)
    form = rng.choice(["dashed", "dashed", "spaced", "compact"])
    return form, {"dashed": v, "spaced": v.replace("-", " "), "compact": v.replace("-", "")}[form]


def _gb_ids(rng, person):
    v = num.gb_nino(rng)
    spaced = f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
    form = rng.choice(["spaced", "compact", "compact", "lower"])
    return form, {"spaced": spaced, "compact": v, "lower": v.lower()}[form]


EN_US = dict(
    EN_COMMON, code="en_US", cc="US", region="US", intl="1", iban_cc=["IE", "DE", "GB"],
    titles=["Mr.", "Mrs.", "Ms.", "Dr.", "Coach"], tld="com",
    given="James Michael Robert David William Maria Jennifer Linda Jessica Ashley Emily Sarah "
          "Daniel Jose Luis Carlos DeShawn Tyrone Jamal Aaliyah Imani Keisha Wei Mei Hiroshi "
          "Priya Anjali Arjun Olga Dmitri Fatima Omar Yusuf Ngozi Chinedu Kwame Mateo Sofia "
          "Valentina Ethan Madison Hannah Tyler Brandon Kayla Dakota Guadalupe",
    surnames="Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, "
             "Martinez, Hernandez, Lopez, Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, "
             "Jackson, Lee, Nguyen, Kim, Patel, Chen, Okafor, Kowalczyk, Schneider, O'Brien, "
             "Rivera, Yamamoto, Haddad, Cohen, Goldberg, Begay, Nakamura, Tran, Singh, Mensah, "
             "Romero, Castillo, Flores, Sullivan, Del Toro",
    email_domains=["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com",
                   "comcast.net", "hotmail.com"],
    streets=[("Maple Avenue", "Maple Ave"), ("Oak Street", "Oak St"), ("Elm Street", "Elm St"),
             ("Sunset Boulevard", "Sunset Blvd"), ("Cedar Lane", "Cedar Ln"),
             ("Pine Ridge Road", "Pine Ridge Rd"), ("Lakeshore Drive", "Lakeshore Dr"),
             ("Willow Court", "Willow Ct"), ("Highland Avenue", "Highland Ave"),
             ("Magnolia Street", "Magnolia St"), ("Chestnut Street", "Chestnut St"),
             ("Riverside Drive", "Riverside Dr"), ("Sycamore Place", "Sycamore Pl"),
             ("West Fairview Avenue", "W Fairview Ave")],
    stop={"street", "st", "avenue", "ave", "boulevard", "blvd", "road", "rd", "lane", "ln",
          "drive", "dr", "court", "ct", "place", "pl", "west", "apt", "unit", "suite"},
    towns=[("Austin, TX", ["78701", "78704", "78745"]), ("Columbus, OH", ["43201", "43215"]),
           ("Portland, OR", ["97202", "97214", "97217"]), ("Chicago, IL", ["60614", "60622"]),
           ("Brooklyn, NY", ["11215", "11211", "11238"]), ("Denver, CO", ["80205", "80218"]),
           ("Raleigh, NC", ["27601", "27605"]), ("San Diego, CA", ["92104", "92116"]),
           ("Minneapolis, MN", ["55406", "55408"]), ("Atlanta, GA", ["30306", "30307"])],
    addr={"full": ["{no} {s}, {town} {pc}", "{no} {s} {town} {pc}", "{no} {s}, {town}, {pc}"],
          "unit": ["{no} {s}, {u}, {town} {pc}", "{no} {s} {u}", "{u}, {no} {s}"],
          "street": ["{no} {s}"]},
    units=["Apt {n}", "Apt. {n}{l}", "Unit {n}", "#{n}", "Suite {n}"],
    phones=[(["512", "614", "503", "312", "718", "303", "919", "619", "612", "404", "206",
              "415"], 10,
             ["paren=(###) ###-####", "dashed=###-###-####", "dots=###.###.####",
              "intl=+1 ###-###-####", "one=1-###-###-####", "intl_paren=+1 (###) ###-####",
              "compact=##########", "spaced=### ### ####"])],
    ids=_us_ids, cur=["${a}", "${a}", "{a} USD", "{a} bucks"], thou=",", dec=".",
    datef=["{m}/{d}/{y}", "{mon} {d}", "{mon} {d}, {y}", "{m}/{d}"],
    timef=["{h12}:{mm}", "{h}:{mm}"], measures=["{n} lbs", "{n} sq ft", "{n} miles", "{n} in"],
    plates=["DLLLDDD", "LLL DDDD", "LLL-DDDD"], flights=["AA", "UA", "DL", "WN", "B6"],
    companys="Home Depot | Costco | Trader Joe's | Target | Walgreens | Best Buy | Lowe's",
    products="Instant Pot | KitchenAid mixer | Peloton bike | Roomba | Ring doorbell",
    places="Lincoln Park | Washington Square Park | Kennedy Center | Jefferson Elementary | "
           "Roosevelt High School | Grant Park | the MLK Library",
)
EN_US["phr"] = dict(EN_PHR, ID="Found a wallet with a Social Security card in it, number {v}. | "
                    "The 'landlord' asked for my SSN {v} before even showing the place. Scam? | "
                    "Anyone know why the daycare form wants the SSN ({v})?")

EN_GB = dict(
    EN_COMMON, code="en_GB", cc="GB", region="GB", intl="44", iban_cc=["GB"],
    titles=["Mr", "Mrs", "Ms", "Dr", "Miss"], tld="co.uk",
    given="Oliver George Harry Jack Noah Amelia Olivia Isla Ava Emily Priya Aisha Mohammed "
          "Amir Rhys Siobhan Ciaran Eilidh Callum Hamish Fatima Zainab Kwame Chidi Wojciech "
          "Agnieszka Leon Ruby Freya Declan Niamh Gurpreet Harjit Ravi Anjali Tomasz Ellie "
          "Archie Bronwen Dylan",
    surnames="Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Thomas, Roberts, Walker, "
             "Wright, Hughes, Edwards, Patel, Khan, Begum, Ahmed, Hussain, Singh, Kaur, "
             "Okonkwo, Adeyemi, Mensah, MacDonald, Campbell, Stewart, Murphy, O'Neill, Kelly, "
             "Nowak, Kowalski, Davies, Llewellyn, Pritchard, Fitzgerald, Chowdhury, Ali, Shah, "
             "Clarke, Bennett",
    email_domains=["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com",
                   "yahoo.co.uk", "sky.com", "icloud.com"],
    streets=[("Church Road", "Church Rd"), ("Victoria Street", "Victoria St"),
             ("Mill Lane", "Mill Ln"), ("Ashgrove Avenue", "Ashgrove Ave"),
             ("Kingsway Crescent", "Kingsway Cres"), ("Beech Grove", "Beech Gr"),
             ("Hawthorn Close", "Hawthorn Cl"), ("Albion Terrace", "Albion Ter"),
             ("Meadow View", "Meadow Vw"), ("Bridge Street", "Bridge St"),
             ("Orchard Gardens", "Orchard Gdns"), ("Moorland Road", "Moorland Rd")],
    stop={"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "crescent", "cres",
          "grove", "gr", "close", "cl", "terrace", "ter", "view", "vw", "gardens", "gdns",
          "flat"},
    towns=[("Leeds", ["LS6 #@@", "LS11 #@@", "LS8 #@@"]), ("Manchester", ["M14 #@@", "M20 #@@"]),
           ("Bristol", ["BS3 #@@", "BS7 #@@"]), ("Cardiff", ["CF24 #@@", "CF11 #@@"]),
           ("Glasgow", ["G12 #@@", "G41 #@@"]), ("London", ["SE15 #@@", "E17 #@@", "N16 #@@"]),
           ("Birmingham", ["B13 #@@", "B29 #@@"]), ("Norwich", ["NR2 #@@"]),
           ("Sheffield", ["S7 #@@", "S11 #@@"])],
    addr={"full": ["{no} {s}, {town} {pc}", "{no} {s}, {town}, {pc}", "{no} {s}, {pc}"],
          "unit": ["{u}, {no} {s}, {town} {pc}", "{u}, {no} {s}", "{u} {no} {s} {pc}"],
          "street": ["{no} {s}"]},
    units=["Flat {n}", "Flat {l}", "Flat {f}{l}", "Apartment {n}"],
    phones=[(["74", "75", "77", "78", "79"], 10,
             ["national=0#### ######", "intl=+44 #### ######", "intl_zero=+44 (0)#### ######",
              "spaced=0#### ### ###", "intl00=0044 #### ######", "compact=0##########"]),
            (["20"], 10, ["national=0## #### ####", "intl=+44 ## #### ####",
                          "paren=(0##) #### ####"]),
            (["161", "113", "117"], 10, ["national=0### ### ####", "intl=+44 ### ### ####"])],
    ids=_gb_ids, cur=["£{a}", "£{a}", "£{a}"], thou=",", dec=".",
    datef=["{d}/{m}/{y}", "{dd}/{mm}/{y}", "{d} {mon}", "{d} {mon} {y}"],
    timef=["{h}:{mm}", "{h}.{mm}"], measures=["{n} kg", "{n} m²", "{n} miles", "{n} litres"],
    plates=["LLDD LLL"], flights=["BA", "U2", "FR", "LS"],
    companys="Tesco | Sainsbury's | Argos | Royal Mail | Screwfix | Greggs | B&Q",
    products="Henry hoover | Le Creuset pan | Brompton | Dyson Airwrap",
    places="Victoria Station | Albert Dock | Nelson's Column | Queen Elizabeth Hospital | "
           "Wellington Arch | King George's Field | the Princess Diana playground",
)
EN_GB["phr"] = dict(EN_PHR, ID="Found a wallet with a National Insurance card, number {v}. | "
                    "The letting agent wants my NI number {v} emailed over, legit? | An 'HMRC "
                    "refund' text asked me to confirm NI {v}. Scam!")

LOCALES = [EN_US, EN_GB]
