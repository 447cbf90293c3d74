"""English street-type suffixes of the number-first streets of ``addresses`` (USPS Publication
28 appendix C1, Australia Post / AS 4590, An Post and Royal Mail estate types): the strong ones
name a street on their own, the weak ones need a house number or an address context, and the
listicle-like ones ("Ways", "Views", "Steps") a 3+ digit number that is no year.
"""

from __future__ import annotations

# Suffixes that name a street on their own. The other USPS suffixes (Hills, Springs, Views ...)
# are also ordinary words, so they count only with a 3+ digit house number or address context.
STRONG = set(
    """street st avenue ave av road rd boulevard blvd drive dr lane ln court ct place pl terrace
    ter parkway pkwy highway hwy crescent cres close mews gardens gdns grove square sq circle cir
    trail trl marg chowk nagar ganj gali expressway expy causeway cswy turnpike tpke freeway fwy
    motorway alley aly plaza plz row wynd crossing xing pike loop heights hts way wy zila
    pde tce cct bvd crt salai""".split()
)
# Weak suffixes that are also listicle nouns ("3 Simple Ways", "10 Great Views"): these need a
# 3+ digit number that is not a year, a unit or a ZIP/postcode.
LISTICLE = set(
    """ways views view points point lights light keys key falls fall fields field walks walk run
    pass rest land union unions mission track tracks well wells course spring springs mall lock
    locks stream station summit landing island islands park parks port ports forks fork""".split()
)
WEAK = set(
    """anex arcade bayou beach bend bluff bluffs bottom branch bridge brook brooks burg burgs
    bypass camp canyon cape center centers circles cliff cliffs club common commons corner corners
    course courts cove coves creek crest curve dale dam divide drives estate estates extension
    extensions fall falls ferry field fields flat flats ford fords forest forge forges fork forks
    fort garden gateway glen glens green greens groves harbor harbors haven hill hills hollow inlet
    island islands isle junction junctions key keys knoll knolls lake lakes land landing light
    lights loaf lock locks lodge mall manor manors meadow meadows mill mills mission mount mountain
    mountains neck orchard oval overpass park parks parkways pass passage path pine pines plain
    plains point points port ports prairie radial ramp ranch rapid rapids rest ridge ridges river
    roads route run shoal shoals shore shores skyway spring springs spur spurs squares station
    stravenue stream streets summit throughway trace track trafficway trailer tunnel underpass union
    unions valley valleys via viaduct view views village villages ville vista walk walks wall ways
    well wells rise parade rue""".split()
)
# Australia Post / AS 4590 road types not listed above (Faker's en_AU draws from the same list).
WEAK |= set(
    """alleyway amble approach arterial bank boardwalk brae brow byway centre chase circuit circus
    concourse copse courtyard crossroad cutting deviation driveway elbow entrance esplanade
    fairway follow footway foreshore formation frontage glade grange gully highroad interchange
    intersection laneway lees lookout meander nook outlook pathway plateau promenade quad
    quadrangle quadrant quay quays ramble reserve retreat ridgeway riverway riviera roadside
    roadway ronde rotary slope subway strand thoroughfare tollway towers trunkway underpass
    villas wade walkway wharf yard boulevarde busway circlet cluster colonnade concord cruiseway
    dell dene distributor easement heath parklands precinct rosebowl rowe shunt siding tarn
    mew crossway centreway access corso firetrail tor cul-de-sac artery gr""".split()  # Gr: Grove
)
# AS 4590 / Australia Post abbreviations of road types that are no English word (Cl: Close,
# Esp: Esplanade ...), and the Irish and British estate types (An Post: "Lawn", "Demesne").
WEAK |= set(
    """cl esp crst rdge qy wkwy lnwy dvwy ctyd bwlk accs ally alwy ambl artl bypa bywy cps crcs
    csac cutt elb fawy fllw ftwy frnt glde grn hird intg jnc lkt mndr mtwy otlk plza qdrt rmbl
    rtt rdwy rnd rte svwy sbwy thfr tlwy trk upas vdct vsta whrf lawn lawns demesne""".split()
)
# Royal Mail's northern English street types: "Chapel Fold", "Mill Garth", "Town Croft".
WEAK |= {"fold", "garth", "croft"}
# AS 4590 types that are also common listicle words: as LISTICLE.
LISTICLE |= set(
    """top end edge line link turn cross round break gap ride brace bowl ground strip range sound
    pocket reach steps part triangle parks gate gates block lower upper return twist dip stairs
    down downs hub domain front ring wood woods cottages vale hall paddocks abbey""".split()
)  # the last seven: Irish and British estate types (An Post, Royal Mail)
WEAK |= LISTICLE
# Types that name a street line with no house number (``address_unnumbered``: "Kaunda Street\n
# P.O. Box ..."): the strong ones and these estate types of Royal Mail and An Post.
NUMBERLESS = STRONG | {"walk", "rise", "parade", "hill", "park"}
