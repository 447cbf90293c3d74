"""Thirtysecond set: English phrase bank (logistics, shipping, warehousing, fleet)."""

from trainer_dev.redaction_sets.thirtysecond_people import _s

BANK = {
    "OPEN": _s(
        "Quick heads-up from dispatch.|Morning all.|Hi team,|Hey, quick one.|Hello everyone,|"
        "Following up on this morning's huddle.|Update from the yard.|Good afternoon,|"
        "Sorry for the late message.|Just got off the phone with the carrier.|"
        "Posting this for the night crew.|Hi, hoping someone can help.|Short update.|"
        "Heads up, drivers.|Hey folks,|Reminder for everyone on the floor.|"
        "Writing on behalf of the receiving team.|FYI from the customs desk.|"
        "Checking in about the late load.|Hi there,|Per our call earlier,|"
        "As discussed at the safety meeting,|Happy Friday, team.|Okay so,|"
        "Following up on the damaged freight claim.|Hope the week is going well."
    ),
    "FILL": _s(
        "The trailer was sealed before it left the yard.|"
        "Please scan every pallet before it goes on the truck.|"
        "The reefer unit kept tripping overnight so we moved the produce.|"
        "Customs is holding the container until the paperwork matches.|"
        "We are short two forklift operators on the late shift.|"
        "The consignee refused part of the delivery because of crushed cartons.|"
        "Driver logs need to be signed before you clock out.|"
        "Cross-dock is backed up, so expect longer dwell times.|"
        "The broker asked for a corrected commercial invoice.|"
        "Please keep the fire lanes clear in the north aisle.|"
        "The liftgate on the box truck is out of service again.|"
        "Inbound from the port is running behind because of the chassis shortage.|"
        "We switched the Tuesday milk run to the afternoon.|"
        "Shrink wrap is back in stock at the packing station.|"
        "Detention charges start after the free time runs out.|"
        "The yard jockey will stage empties along the fence.|"
        "Pre-trip inspections are mandatory, no exceptions.|"
        "Hazmat placards must match the bill of materials.|"
        "Returns go to the cage by the break room, not to receiving.|"
        "The cycle count found a few mis-slotted totes.|"
        "The appointment window at the distribution center is tight.|"
        "Fuel cards are reissued after the audit, not before.|"
        "Proof of delivery photos must show the door and the pallet label.|"
        "The carrier rolled the booking to the next vessel.|"
        "Pick rates dipped after the system update.|"
        "Please tag any broken pallets with the red tags.|"
        "The dock leveler on the west side is sticking.|"
        "Overtime for the weekend still needs approval.|"
        "The customer wants a call before every residential drop.|"
        "Temperature logs have to be attached to the claim.|"
        "The warehouse management system was down for about an hour.|"
        "We are trialing a new route planner for the city deliveries.|"
        "Seal numbers go on the bill of lading, not on a sticky note.|"
        "The forklift charging area is off limits during the inspection.|"
        "The tractor needs new mud flaps before the next inspection.|"
        "Please confirm the pickup with the shipper the day before.|"
        "The last mile partner is swamped this week.|"
        "Loose freight has to be banded before loading.|"
        "The drop trailer program starts next month.|"
        "The lumper fee was paid in cash, please keep the receipt.|"
        "Nothing leaves without a signed packing list.|"
        "The gate guard will not let anyone in without a reference.|"
        "Load bars go back in the trailer after unloading.|"
        "We lost a tote somewhere between picking and packing.|"
        "The new hires shadow a senior picker for their first week.|"
        "The broker portal keeps logging people out.|"
        "Claims have to be filed within the carrier's deadline.|"
        "The reach truck is reserved for the high racks.|"
        "The produce buyer wants the pallets pre-cooled.|"
        "Please do not double stack the glass shipments.|"
        "The trailer swap at the truck stop went fine.|"
        "Our dispatcher is covering two regions this week.|"
        "Weight tickets from the scale house go in the driver envelope.|"
        "Damaged stock is quarantined until the adjuster has seen it.|"
        "The overflow lot is full, so park at the back.|"
        "The customs bond covers this shipment.|"
        "The fleet manager wants the idling reports by the end of the week.|"
        "Night receiving is now handled by the same crew.|"
        "Keep the cold chain unbroken from the dock to the reefer.|"
        "Export paperwork is with the freight forwarder now.|"
        "The tire shop can fit us in tomorrow morning.|"
        "We ran out of corner boards on the early shift.|"
        "The bonded area needs a second key holder.|"
        "Please return the hand scanners to the charging rack.|"
        "Empty containers go back to the depot on the next turn.|"
        "The parcel sorter jammed twice before lunch."
    ),
    "CLOSE": _s(
        "Thanks!|Cheers.|Thanks in advance.|Let me know if anything changes.|"
        "Appreciate it.|Drive safe.|Ping me with questions.|Thanks, all.|Talk soon.|"
        "Much appreciated.|Reply here if you can cover.|Have a good shift.|"
        "That's all for now.|Thanks for your patience.|Let's get this sorted today.|"
        "Call dispatch if you get stuck.|See everyone at the huddle.|Stay safe out there.|"
        "Thanks for jumping on this.|Please confirm when done.|Best regards.|"
        "More updates when I have them.|Holler if it's a problem.|Regards, dispatch.|"
        "Thanks again.|Onwards."
    ),
    "LEAD": {
        "EMAIL": _s(
            "Send the signed POD to {x} please.|You can reach the claims adjuster at {x}.|"
            "Email {x} for dock appointments.|My email is {x} if the portal acts up.|"
            "Copy {x} on anything about the customs hold.|"
            "Driver timesheets go to {x} by Monday.|Forwarding the invoice from {x}.|"
            "Use {x} for the rate confirmation."
        ),
        "PHONE": _s(
            "Call me at {x} when you're ten minutes out.|The driver's cell is {x}.|"
            "Dispatch after hours: {x}.|Text {x} when the trailer is loaded.|"
            "The consignee asked us to phone {x} before the drop.|"
            "Reach the yard lead on {x}.|If the gate is locked, try {x}.|"
            "My direct line is {x}."
        ),
        "URL": _s(
            "My profile is at {x} if you want to check references.|"
            "I post the route updates on {x}.|Book a slot with me here: {x}|"
            "Owner-operator, see {x} for my truck and rates.|"
            "Photos of the damage are on {x}.|You can find my CV at {x}.|"
            "More about my cargo van service: {x}|Follow the load on {x}."
        ),
        "IP": _s(
            "The label printer in aisle six sits at {x}.|"
            "The handheld kept dropping off {x}.|Login attempts came from {x} last night.|"
            "Please whitelist {x} for the carrier portal.|The dashcam uploads from {x}.|"
            "The scale house terminal answers on {x}.|The telematics box reported {x}.|"
            "Remote desktop to the dock office is {x}."
        ),
        "CARD": _s(
            "Charge the lumper fee to {x}.|The fuel card on file is {x}.|"
            "Use card {x} for the tolls this week.|I paid the detention with {x}.|"
            "The customs duties went on {x}.|Card number {x}, expires next year.|"
            "Put the tire repair on {x}.|The storage deposit was billed to {x}."
        ),
        "ID": _s(
            "For the background check: {x}.|My number for the customs file is {x}.|"
            "{x} is what the payroll form needs.|The onboarding packet lists {x}.|"
            "Driver's tax details: {x}.|Deposit details for the owner-operator: {x}.|"
            "Please update the record to {x}.|Here it is: {x}."
        ),
        "PERSON": _s(
            "{x} signed for the delivery.|The driver today is {x}.|"
            "Ask {x} at the receiving desk.|{x} is the claims adjuster on this file.|"
            "The consignee contact is {x}.|Customs broker assigned: {x}.|"
            "I spoke to {x} from the carrier.|{x} covered the night shift."
        ),
        "MEMBER": _s(
            "{x} will lead the cycle count.|Thanks to {x} for staying late.|"
            "Swap your shift with {x} if needed.|{x} is on forklift duty today.|"
            "Check with {x} before releasing the load.|{x} has the keys to the bonded cage.|"
            "Loop in {x} on the claim.|{x} mentioned the reefer alarm."
        ),
        "ADDRESS": _s(
            "Deliver to {x}.|The pickup is at {x}.|Return the empties to {x}.|"
            "The new cross-dock is at {x}.|Ship the replacement to {x}.|"
            "Driver lives at {x}, pick him up there.|The consignee moved to {x}.|"
            "Invoices go to {x}."
        ),
    },
    "LOOK": {
        "order": _s("Order {x} is still missing two cartons.|Invoice {x} was paid in full."),
        "price": _s("The lumper charged {x} for the unload.|Freight came to {x} all in."),
        "date": _s("Pickup is booked for {x}.|The vessel cut-off is {x}."),
        "time": _s("The gate closes at {x}.|Driver checked in at {x}."),
        "version": _s("The scanners run firmware {x}.|The routing app updated to {x}."),
        "isbn": _s("The training manual is ISBN {x}.|Order the handbook by ISBN {x}."),
        "flight": _s("The air freight is on {x}.|The samples fly out on {x}."),
        "dock": _s("Back into {x} please.|Stage the outbound at {x}."),
        "measure": _s("Gross weight is {x}.|The crate measures {x}."),
        "percent": _s("Fuel surcharge is {x} this month.|On-time delivery hit {x}."),
        "orgreg": _s("The carrier is listed as {x}.|Registration on the invoice: {x}."),
        "ticket": _s("Support ticket {x} is still open.|See claim {x} for the photos."),
        "tracking": _s("Tracking shows {x} at the port.|Container {x} cleared the gate."),
        "hscode": _s("Classify the parts under HS {x}.|The broker used tariff code {x}."),
        "eponym": _s("Traffic near {x} is terrible.|We have a drop near {x} today."),
        "nameword": _s("Sign the {x} before leaving.|We need a {x} for this one."),
    },
    "LABEL": {
        "EMAIL": _s("Email|E-mail"),
        "PHONE": _s("Phone|Cell"),
        "URL": _s("Web|Profile"),
        "IP": _s("IP address|Device IP"),
        "CARD": _s("Card|Payment card"),
        "ID": _s("ID number|Tax / bank details"),
        "PERSON": _s("Contact|Driver name"),
        "MEMBER": _s("Team member|Shift lead"),
        "ADDRESS": _s("Address|Delivery address"),
    },
    "HEAD": {
        "notice": _s("NOTICE: Dock schedule change|Yard notice|Safety notice for all drivers"),
        "chat": _s("Driver chat|Warehouse group|Night shift chat"),
        "listing": _s(
            "LOAD AVAILABLE|Truck available, looking for backhaul|Warehouse space to let"
        ),
        "form": _s("Damage claim form|Customs declaration details|New driver onboarding"),
        "ticket": _s(
            "Priority: High | Queue: Carrier Support|Status: Open | Type: Claim|"
            "Category: Missed pickup"
        ),
        "signature": _s("Dispatch Office|Fleet Operations|Customs and Compliance"),
    },
}
