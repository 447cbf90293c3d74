"""English phrase bank of the fortieth set (en_US, en_GB, en_LR), written by hand for this set.

Lists are "|"-separated; {x} is the value, {cue} an id's name. No piece outside "look" has a digit.
"""

EN = {
    "open": "Quick question about our trip.|Back from the airport and still sorting things out."
            "|Posting this for the rest of the tour group.|Hoping someone here has been through "
            "this before.|Long day of connections, so bear with me.|The airline finally replied."
            "|Sorting out the paperwork for our trip abroad.|Our hotel stay went sideways a bit."
            "|Writing from the departure lounge.|Just landed and the bag did not.|Trying to get "
            "the car hire sorted before Friday.|The visa appointment is next week.|Our tour guide "
            "asked for a few details.|Following up on the rail booking.|Planning the family "
            "holiday and need help.|Update on the lost luggage claim.",
    "close": "Thanks in advance.|Any tips welcome.|Cheers, and safe travels.|Will report back "
             "after the flight.|Much appreciated.|Let me know if anything is missing.|See you "
             "at the gate.|Talk soon.|Fingers crossed for the connection.|That's all for now."
             "|Happy to share more if it helps.|Thanks again for the patience.|Off to pack now."
             "|Have a good trip, everyone.",
    "subj": "Re: your booking|Lost baggage report|Car hire pick-up|Visa appointment|Hotel "
            "confirmation|Frequent flyer account|Change of itinerary|Tour meeting point|Refund "
            "request|Rail pass question|Passport renewal|Check-in problem",
    "greet": "Hi all,|Hello,|Dear team,|Hi there,|Good morning,",
    "sign": "Best regards|Kind regards|All the best|Thanks|Warm wishes",
    "title": "Help with a cancelled flight|Baggage still missing|Anyone used this car hire desk?"
             "|Visa on arrival experience|Best way from the airport to the old town|Tour guide "
             "recommendation|Hotel charged twice|Night train tips|Frequent flyer miles vanished"
             "|Border crossing paperwork",
    "lead": {
        "EMAIL": "You can reach me at {x} if the airline calls back.|The confirmation went to {x}"
                 ".|Please copy {x} on the refund.|Send the itinerary to {x}, not the old "
                 "address.|The tour operator only has {x} on file.",
        "PHONE": "Call me on {x} when the bag turns up.|The driver's number is {x}.|The hotel "
                 "can reach me at {x}.|Text {x} once you land.|My mobile for the booking: {x}.",
        "URL": "All the photos from the trip are at {x}.|I wrote the whole route up on {x}."
               "|The guide posts updates on {x}.|Reviews of my tours are here: {x}.|My travel "
               "blog lives at {x}.",
        "IP": "The booking portal blocked the address {x}.|Their support said my IP {x} was "
              "flagged.|Login attempts came from {x}, not from me.|The hotel wifi gave me {x}."
              "|Whitelisting {x} fixed the check-in page.",
        "CARD": "The deposit went on card {x}.|They charged {x} twice for the room.|Please "
                "refund the card ending in full: {x}.|I paid the car hire with {x}.|The fare "
                "was booked on {x}.",
        "IBAN": "Refund to IBAN {x}, please.|The tour balance can go to {x}.|My bank details "
                "for the claim: IBAN {x}.|Please wire the compensation to {x}.|Account for the "
                "deposit return: {x}.",
        "ID": "For the visa form: {cue} {x}.|The desk asked for my {cue}, which is {x}.|My "
              "{cue} is {x}.|Border control noted {cue} {x}.|Booking it under {cue} {x}.",
        "PERSON": "Our guide {x} met us at arrivals.|The driver, {x}, waited two hours.|Ask for "
                  "{x} at the front desk.|{x} from the airline sorted the rebooking.|We toured "
                  "the old town with {x}.",
        "MEMBER": "{x} is handling the group booking.|Thanks to {x} for finding the lost bag."
                  "|I've asked {x} to check the hotel list.|{x} will meet the coach at the "
                  "station.|Can {x} confirm the seats?",
        "ADDRESS": "Please send the bag to {x}.|The hotel is at {x}.|Pick-up point: {x}."
                   "|Forward the documents to {x}.|Our rental is at {x}.",
    },
    "poss": "{x}'s",
    "lead_poss": "I still have {x} boarding pass.|{x} suitcase came off the belt last.|We "
                 "moved {x} seat to the aisle.",
    "bare": "Pasting it here so I don't lose it: {x}|Copied straight from the form: {x}"
            "|That's {x}, if anyone needs it.|Here it is again: {x}|Written on the back of "
            "my ticket: {x}|The clerk scribbled {x} on my receipt.",
    "bank": "{cue}: {x}|Please use {cue} {x} for the refund.|Bank details ({cue}): {x}"
            "|Transfer it to {cue} {x}.",
    "label": {
        "EMAIL": "Email|Contact email", "PHONE": "Phone|Mobile", "URL": "Website|Profile",
        "IP": "IP address|Login IP", "CARD": "Card number|Payment card", "IBAN": "IBAN|Bank "
        "account", "ID": "Document|ID number", "PERSON": "Traveller|Guest name", "MEMBER":
        "Booked by|Group lead", "ADDRESS": "Address|Delivery address",
    },
    "field": "Cabin: economy|Reason: missed connection|Meal: vegetarian|Bags: one checked|"
             "Seat preference: window|Status: pending|Trip type: return|Source: mobile app",
    "plain": "The queue at passport control took forever.|Breakfast at the hotel was lovely."
             "|The coach left without half the group.|Our suitcase came back with a broken "
             "wheel.|The guide knew every corner of the old town.|Check-in closed early because "
             "of the storm.|We swapped the car for a bigger one.|The night train was quieter "
             "than expected.|Nobody at the desk spoke a word about the delay.|The museum pass "
             "saved us a lot of waiting.|Boarding started late again.|The lounge was packed "
             "but the coffee was good.|Rain all week, but the views were worth it.|We ended "
             "up sharing a taxi with another couple.",
    "chat": "me:|agent:|support:|guide:",
    "bullet": "Day plan|Things to bring|Bookings so far|To do before we fly",
    "review": "Would stay again.|Mixed feelings about this one.|Great location, tired rooms."
              "|Friendly staff, slow check-in.",
    "look": {
        "flight": "We are on flight {x} tomorrow morning.", "pnr": "Booking reference {x}.",
        "eticket": "E-ticket number {x} on the receipt.", "train": "We took the {x} north.",
        "price": "The upgrade cost {x}.", "date": "Departure on {x}.",
        "time": "Boarding closes at {x}.", "seat": "We were given {x}.",
        "iata": "Route {x} is the cheapest.", "isbn": "The guidebook has ISBN {x}.",
        "orgreg": "The tour company is registered as {x}.", "bic": "Their BIC is {x}.",
        "measure": "Cabin bags must be {x}.", "percent": "They knocked {x} off the fare.",
        "eponym": "We flew into {x} at night.", "nameword": "Everyone loved {x}.",
        "version": "The airline app is on {x} now.",
    },
    "titles": {"F": "Ms|Mrs|Dr", "M": "Mr|Dr|Capt."},
}
