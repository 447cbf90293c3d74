"""Eighth set: English phrase banks (one '{}' marks where the value goes; '|' separates variants)."""

EN = {
    "hdr_prog": "PROGRAMME|Agenda – Thursday|Schedule for the day|Evening programme|Track B line-up|Running order",
    "hdr_meet": "Meeting notes|Minutes – steering group|Notes from today's sync|Retro notes|Committee minutes",
    "hdr_cv": "Curriculum Vitae|CV|Résumé|Profile|About me",
    "hdr_ad": "FOR SALE|Wanted|Room to let|Free to a good home|Lost & found|Garage sale this weekend",
    "hdr_ticket": "Support ticket|Case update|Helpdesk request|Incident report|Refund request",
    "hdr_press": "FOR IMMEDIATE RELEASE|Press release|News release|Media advisory",
    "hdr_obit": "OBITUARY|In loving memory|Death notice|Rest in peace",
    "talks": "Scaling search without tears|What we learned from two years of on-call|Soil health on small farms|"
    "Accessible maps for everyone|A gentle intro to type systems|Funding community libraries|"
    "Budgeting for first-time founders|Lessons from the river clean-up|Panel: the future of rail|"
    "Closing remarks|Welcome and coffee|Lightning talks",
    "roles": "Head of Operations|Senior Data Engineer|Volunteer Coordinator|Product Designer|Staff Nurse|"
    "Partner|Regional Sales Manager|Research Fellow|Office Manager|Chief Financial Officer",
    "orgs": "Northwind Analytics|Bluefield Logistics|Harbour & Pine|Greenleaf Cooperative|Quarry Lane Studio|"
    "Tidewater Health|Ironbridge Consulting|Lumen Robotics|Saltmarsh Books|Copperfield Energy",
    "close": "Best regards,|Kind regards,|Cheers,|Thanks,|Many thanks,|All the best,|Warm wishes,|Sent from my phone",
    "phone": "call me on {}|ring {} any time after 6|Phone: {}|Mob: {}|Tel. {}|text me at {}|WhatsApp {}|"
    "reach the office on {}|my new number is {}|pls call {} asap|direct line {}|M {}",
    "mail": "email me at {}|drop a line to {}|write to {}|E: {}|Email: {}|replies to {} please|cc {}|"
    "send the form to {}|my email changed to {}",
    "web": "slides at {}|portfolio: {}|more at {}|W: {}|see {}|my site {}|profile {}|details on {}",
    "addr": "we're at {}|deliver to {}|collect from {}|Address: {}|please post it to {}|venue: {}|"
    "moved! new address is {}|pick-up at {}|ship to {}",
    "card": "card number {}|charged to my {brand} {}|card: {}|it was paid with {}|the {brand} number is {}|"
    "refund to card {}",
    "iban": "IBAN {}|please transfer to {}|bank details: {}|pay into {}|IBAN: {}|wire it to {}",
    "id": "my {label} is {}|{label}: {}|{label} {} (for the payroll form)|they asked for my {label}, it's {}|"
    "{label} on file: {}",
    "ip": "logged in from {}|source IP {}|blocked address {}|requests from {} keep failing|the VPN gives me {}",
    "person": "{} will chair|thanks to {} for hosting|talked to {} about it|{} joins as mentor|"
    "{} sends apologies|ask {} for the keys|{} ({org}) opens the session|reported by {}",
    "member": "{} will present the results|great to see {} here|{} has the minutes|{} said she'd bring snacks|"
    "congrats {}!|{} is out until Monday|{} was elected treasurer|{} and the team",
    "attend": "Attendees:|Present:|In the room:|Joined:",
    "actions": "Actions|Next steps|TODO|Follow-ups",
    "filler": "Doors open at {time}.|Coffee and pastries provided.|Please register by {date}.|The room is on the "
    "second floor.|Parking is limited, take the bus if you can.|Bring your own mug.|Thanks everyone "
    "for a great turnout.|Let me know if anything changes.|Minutes will be circulated next week.|"
    "Looking forward to it.|Sorry for the late reply.|Hope this helps.",
    "chat": "hey all|lol ok|on my way|running late sorry|can someone check|thx!!|see u there|brb|np|"
    "anyone got the link|sounds good",
    "ad": "Selling my road bike, barely used, {price}.|Sofa, good condition, {price} ono.|Double room in a quiet flat, "
    "{price} pcm bills incl.|Found a set of keys near the station.|Kids' books, box of 40, {price}.",
    "obit": "passed away peacefully on {date}, aged {age}.|died suddenly at home on {date}.|beloved partner, parent "
    "and friend.|Funeral service at St Mary's on {date}.|Donations in lieu of flowers please.",
    "press": "{org} today announced a new partnership.|{org} opens its second office.|The programme starts on {date}.|"
    "Media contact:|For interviews contact:",
    "ticket": "Customer says the payment failed twice.|User cannot log in since the update.|Please escalate to billing.|"
    "Refund approved, allow 5–7 working days.|Closing this ticket, reopen if needed.",
    "quote": "“We are thrilled,” said {}.|said {}, who leads the project.|according to {}|{} told us",
    "free": "The workshop covers budgeting, grant writing and reporting.|We meet every second Tuesday.|"
    "All welcome, no experience needed.|The library will be closed for the holidays.|"
    "Reminder: the survey closes soon.|Great session today, thanks all.|New members, say hello below!|"
    "Tickets are almost sold out.|The recording is now online.|Please keep replies on topic.|"
    "Weather looks fine for the walk.|Our next meetup is about open data.",
    "look": "Order {} has shipped.|Flight {} lands at 18:40.|Invoice {} is attached.|ISBN {}.|Barcode {} on the box.|"
    "Updated to {} last night.|It cost {} in the end.|The room is {} wide.|Tracking: {}.|"
    "We walked down {} after lunch.|Sponsored by {}.|Still using {}.|Back in {} we started this.|"
    "The call is at {}.|Deadline is {}.|Ref. {} on the form.",
    "sec": "New sign-in to your account from {} – was this you?|The firewall blocked {} after five failed attempts.|Our public address is {} if you need to allow-list us.|Suspicious traffic from {} on port 22.|Please whitelist {} for the staging server.|Last login: {}",
}
