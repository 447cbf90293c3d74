"""Thirty-first set: English phrase bank (hospitality, catering, venues), written by hand."""

from __future__ import annotations


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split("|") if w.strip()]


EN = dict(
    OPEN=_s(
        "Hi team,|Morning all,|Quick one before service:|Hello,|Heads up, kitchen crew.|"
        "Hey folks,|Dear events team,|Evening all,|Afternoon everyone,|Hi there,|"
        "Following up on the booking enquiry.|Re: private dining request|"
        "Posting this for the front-of-house group.|Rota question for this week.|"
        "Supplier update from the back office.|Guest feedback came in overnight.|"
        "Venue hire enquiry, details below.|Sorry for the long message.|"
        "Reminder from the manager on duty.|Just back from the walk-in, so:|"
        "Can someone on the floor help?|Bar team, please read.|Catering order follow-up.|"
        "For the wedding coordinators:|Hello banqueting,|Handover notes from the late shift.|"
        "Hope the brunch rush was kind to you.|Quick note from reception.|"
        "Hi all, housekeeping here.|Greetings from the pastry section."
    ),
    FILL=_s(
        "The walk-in fridge is humming again, maintenance has been told.|"
        "We are short two servers on the terrace tonight.|"
        "Please keep the allergen folder at the pass, not in the office.|"
        "The dishwasher needs descaling before the weekend.|"
        "Brunch covers went well, thank you all.|"
        "The linen delivery came late and a few napkins were torn.|"
        "Remember to log every wastage item on the sheet.|"
        "The guest asked for a quiet table away from the bar.|"
        "Valet parking is closed while the driveway is resurfaced.|"
        "The tasting menu changes when the new season starts.|"
        "Our oat milk supplier has switched to larger cartons.|"
        "The rooftop is weather dependent, so have a plan for indoors.|"
        "Please do not stack chairs in the fire corridor.|"
        "A couple on the patio loved the lemon tart.|"
        "The band needs a power point near the dance floor.|"
        "Stock count happens after close on Sunday.|"
        "Kitchen porters should take breaks in rotation.|"
        "The espresso machine is pulling slow shots again.|"
        "Vegan canapés were the first to go.|"
        "The florist will set up the arch before noon.|"
        "Guests mentioned the music was too loud near the booths.|"
        "We have a coeliac guest at the rehearsal dinner.|"
        "Please check the glass washer filter every shift.|"
        "Room service menus need reprinting with the new prices.|"
        "The loading bay gate sticks, lift it gently.|"
        "Tips from the card machine are shared at the end of the week.|"
        "The sous chef is covering the opening tomorrow.|"
        "Half the group arrived early and waited in the lobby.|"
        "The venue manager will walk the hirers through the fire exits.|"
        "Please label every prep container with the date.|"
        "The ice machine is leaking onto the bar mat.|"
        "Someone left the cellar door propped open overnight.|"
        "The christening party want the garden room if it stays dry.|"
        "Breakfast ran out of croissants by half past eight.|"
        "Staff meal is at the usual time, chilli and rice.|"
        "The health inspector was happy with the temperature logs.|"
        "New aprons are in the locker room.|"
        "The reviewer praised the service but found the steak salty.|"
        "Our wine rep is bringing samples of the new rosé.|"
        "The conference group asked for a vegetarian option at lunch.|"
        "The kids' menu is being redesigned this month.|"
        "The bar is switching to paper straws.|"
        "Please clean the fryer before the delivery arrives.|"
        "The bride's family wants a later last call.|"
        "The bins are collected earlier during the festival.|"
        "Someone rang asking whether dogs are allowed on the terrace.|"
        "Cold room shelving is being replaced on Tuesday.|"
        "The hire contract needs a signature before we hold the date.|"
        "We are trialling a shorter lunch menu.|"
        "The cake arrived slightly damaged but we fixed the icing.|"
        "The guest was charged twice and is waiting for a refund.|"
        "Please keep the draft beer lines flushed.|"
        "Nobody signed the fridge temperature sheet yesterday.|"
        "The caterers will need access to the kitchen from early morning.|"
        "A regular complained that the soup was lukewarm.|"
        "We are looking for cover on the late bar shift.|"
        "The marquee company will collect the heaters after the event.|"
        "Please remind guests that the kitchen closes early on Sundays.|"
        "The dessert trolley is back by popular demand.|"
        "Housekeeping found a forgotten phone charger in the suite.|"
        "The corporate client wants a projector and two microphones.|"
        "Our bread now comes from a bakery round the corner.|"
        "Fish delivery was short on hake, so we swapped in cod.|"
        "Please wipe the menus between sittings.|"
        "The booking system double-booked the window table again."
    ),
    CLOSE=_s(
        "Thanks!|Cheers.|Thanks in advance.|Let me know if anything changes.|Appreciate it.|"
        "See you at service.|Shout if you have questions.|Many thanks,|Best,|Kind regards,|"
        "Talk soon.|Have a good shift.|That's all for now.|Ping me on the group if stuck.|"
        "Thanks for sorting this.|Catch you at the briefing.|Much appreciated.|"
        "Cheers, and mind the wet floor.|Speak later.|Regards from the office.|"
        "Happy to help if needed.|Back tomorrow.|Over to you.|Thanks again, everyone.|"
        "Have a good one."
    ),
    LEAD=dict(
        EMAIL=_s(
            "Send the menu choices to {v}.|The organiser's address is {v}.|"
            "Reply to {v} with the final numbers.|Invoice queries go to {v}.|"
            "She asked us to cc {v} on the quote.|Contact: {v}|"
            "Please forward the floor plan to {v}.|The supplier emails from {v} now."
        ),
        PHONE=_s(
            "Call the guest back on {v}.|His number is {v}.|Text {v} when the van leaves.|"
            "Reach the on-call chef at {v}.|Booking made by phone, callback {v}.|"
            "The florist can be reached on {v}.|Mobile: {v}|"
            "If the door is locked, ring {v}."
        ),
        URL=_s(
            "Her portfolio is at {v}.|The couple's wedding page: {v}|"
            "He shared his booking page {v}.|Reviews linked from {v}.|"
            "The DJ's profile is {v}.|See the caterer's site {v} for photos.|"
            "Details on {v}.|Personal blog: {v}"
        ),
        IP=_s(
            "The card terminal sits on {v}.|Guest wifi logs show {v} spamming.|"
            "The booking widget was hit from {v}.|POS server address {v}.|"
            "Blocked {v} after the fake reservations.|The kitchen display uses {v}.|"
            "Printer at {v} keeps dropping out.|Login attempts from {v} again."
        ),
        CARD=_s(
            "The deposit was taken on card {v}.|Guarantee card on file: {v}|"
            "He read the card out as {v}.|Please void the charge on {v}.|"
            "Pre-authorisation on {v} failed.|Card used: {v}|"
            "Refund the no-show fee to {v}.|The guest pasted {v} into the chat."
        ),
        IBAN=_s(
            "Pay the supplier to IBAN {v}.|Deposit refund to {v}.|Account for the band: {v}|"
            "Bank details: {v}|Transfer the hire fee to {v}.|She sent her IBAN, {v}.|"
            "Staff advance goes to {v}.|Our caterer's IBAN is {v}."
        ),
        ID=_s(
            "For the payroll form his number is {v}.|Staff record updated with {v}.|"
            "She gave {v} for the contract.|ID on the new starter sheet: {v}|"
            "Copied from the passport check: {v}|Right to work checked, number {v}.|"
            "Payroll needs {v} before Friday.|Noted {v} on her file."
        ),
        BANK=_s(
            "Direct deposit details: {v}|Pay his wages into {v}.|"
            "The supplier's account is {v}.|Bank account for the refund: {v}|"
            "Account number {v} for the band.|Transfer to {v} please."
        ),
        PERSON=_s(
            "The booking is under {v}.|{v} will arrive with the cake.|"
            "Table for six for {v} at the window.|The complaint came from {v}.|"
            "{v} is the wedding planner.|Our new fish supplier is {v}.|"
            "Guest name: {v}|{v} left a lovely review."
        ),
        MEMBER=_s(
            "{v} is covering the close.|Swap approved with {v}.|"
            "Ask {v} about the keys.|{v} has the float tonight.|"
            "Rota change for {v} on the weekend.|Thanks to {v} for the cover.|"
            "{v} is on breakfasts all week.|Double shift for {v}, please check hours."
        ),
        ADDRESS=_s(
            "Deliver to {v}.|The venue is at {v}.|Send the invoice to {v}.|"
            "Pick-up from {v}.|Guest address:\n{v}|Catering drop at {v}.|"
            "Event address: {v}|Return the hired glassware to {v}."
        ),
    ),
    LOOK=dict(
        order=_s("Order {x} is still pending.|Reference {x} on the delivery note."),
        invoice=_s("Invoice {x} is attached.|Still waiting on {x} from the dairy."),
        price=_s("The set menu is {x} a head.|Corkage is {x}."),
        date=_s("The wedding is on {x}.|Tasting booked for {x}."),
        time=_s("Doors open at {x}.|Last orders {x}."),
        version=_s("Till software updated to {x}.|The booking app is on {x}."),
        isbn=_s("The new cookbook, ISBN {x}, is on the shelf.|Ordered the pastry book {x}."),
        flight=_s("The band lands on {x}.|Guests arriving on {x}."),
        room=_s("Set up in {x}.|Canapés served in {x}."),
        measure=_s("We need {x} of flour.|The cake weighs {x}."),
        percent=_s("Service charge is {x}.|Covers were up {x}."),
        orgreg=_s("Supplier registered as {x}.|The caterer's number is {x}."),
        ticket=_s("Maintenance ticket {x} is open.|Logged as {x}."),
        tracking=_s("Parcel tracking {x}.|The linen shipment is {x}."),
        eponym=_s("Tonight's special is {x}.|Guests loved the {x}."),
        wordname=_s("Don't forget {x}.|Someone mentioned {x} at the briefing."),
    ),
    LABELS=dict(
        EMAIL=_s("Email"),
        PHONE=_s("Phone"),
        URL=_s("Website"),
        IP=_s("IP address"),
        CARD=_s("Card"),
        IBAN=_s("IBAN"),
        ID=_s("ID number"),
        BANK=_s("Bank account"),
        PERSON=_s("Guest"),
        MEMBER=_s("Staff"),
        ADDRESS=_s("Address"),
        order=_s("Order no."),
        invoice=_s("Invoice"),
        price=_s("Total"),
        date=_s("Date"),
        time=_s("Time"),
        version=_s("Software"),
        isbn=_s("ISBN"),
        flight=_s("Flight"),
        room=_s("Room"),
        measure=_s("Quantity"),
        percent=_s("Discount"),
        orgreg=_s("Company reg."),
        ticket=_s("Ticket"),
        tracking=_s("Tracking"),
        eponym=_s("Dish"),
        wordname=_s("Note"),
    ),
)
