# ruff: noqa: E501  (data: sentence frames, one per line)
"""More English frames of the seventh set (slots as in seventh_frames_en), weighted towards the
rarer kinds (IP, card, IBAN, id, URL) so that no single frame carries a kind's score."""

EN_MORE = """
## support
Our firewall logged 40 failed logins from {I} overnight - is that your office VPN?
Whitelisted {I} for you; give it ten minutes to propagate.
The admin panel only accepts connections from {I}, so please use the jump host.
Hi {MG}, the charge on card {C} was a pre-authorisation and will drop off in 3-5 days.
We've cancelled the card ending {C} - wait, you pasted the full number, please delete that message.
Refunds go to the original card ({C}) or, if expired, to your bank account {B}.
I've noted your new bank details: {B}. The change takes effect next billing cycle.
Could you double-check the IBAN? {B} fails our validation on our side.
Please confirm your identity with the last part of your ID, not the whole number ({D}).
For the pension transfer we need the reference number on your letter, not your {D}.
Case closed. If it happens again call {T} and ask for {P}.
Your replacement badge will be posted to {A}.
The courier tried {A} twice; nobody was in.
Sorry for the wait, {MG}! I've emailed the label to {E}.
Our records show two accounts: {E} and {E}. Which one should we keep?
## thread
Pretty sure the outage was on their side; our monitoring at {I} never blinked.
Someone in this group posted their card number ({C}) last week, mods please remove.
lol who shares an IBAN in a public comment. {B} is now on the internet forever
Pinging {I} from here gives 200ms, so it's not just you.
Admins: the post above contains a full {D}, please hide it.
I think {MG} moved to {A}, you could send a card there.
Anyone have a contact for {P}? Tried {T} but it rings out.
Found it! Slides are at {U}
Here's the recording: {U} (password in the invite)
If the link breaks, email {E} and they'll resend.
Was at {A} yesterday, the new space looks amazing.
{M}, you beat me to it 😄
Agree with {MG} and {M}, the pilot was rushed.
## rec
Her GitHub speaks for itself: {U}
Before you hire a contractor, look at {M}'s work at {U}.
If you need a bookkeeper, {P} ({T}) saved our small business last year.
{M} set up our entire network, from the router at {I} to the VPN. Wizard.
{MF} ran our security review and found the card data we didn't know we stored. Hire her.
Ten years on, I still use the frameworks {M} taught me.
I owe my first job to {P}, who took a chance on a 19-year-old with no degree.
## job
Payroll will need your bank details (IBAN like {B}) and tax id on day one, not before.
We never ask for your {D} or card details during the application. Report any recruiter who does.
Send a portfolio link (e.g. {U}) rather than attachments.
Shortlisted candidates will hear from {P} by the 15th.
Contract role, 6 months, on site at {A}. Contact {E}.
Apply by emailing {E}; questions to {MF} on {T}.
## event
Tickets are non-transferable; the name on the booking must match your ID.
Speaker bios: {MF} leads platform engineering; {P} is a published author on negotiation.
Payment by card ({C} was charged? That's our test card, ignore) - sorry for the confusion.
If you paid by transfer, the account is {B}, reference EVENT plus your surname.
Wi-Fi: guest network, captive portal at {I}.
Breakout rooms are on level 2 of {A}.
Photos from last night are up at {U} - tag yourselves!
## news
Our treasurer {M} asks members to pay dues to {B} before the AGM.
Congratulations to {M}, {M} and {P}, this year's award winners.
The committee: chair {MF}, secretary {M}, treasurer {P}.
Write to us at {A} or email {E}.
Obituary: {P}, founding member, passed away peacefully in March.
## announce
Big news: I've started my own practice. Bookings via {U} or {T}.
Moving home! New address from Monday: {A}.
My email is changing from {E} to {E}.
I'm stepping back from the board; {M} takes over as chair.
Joined {M}'s lab as a postdoc. Feels surreal.
## fwd
Forwarding from {P}: "Please update our records, new IBAN {B}, old account closed."
---- forwarded ----|from: {E}|"Our new server is {I}, please update the allowlist."
Re: Re: card|> card is {C}, exp 09/27|Please never send this over email.
Fwd: from {M} <{E}> - "can you call me on {T} when you get a chance"
## obit
{MF} (1951-2024) was a founding partner and a generous mentor.
Memorial service at {A}, Friday 2pm. All welcome.
The family thanks everyone who wrote; messages to {E} are still being read.
## sig
{MF}|Partner|{A}|T {T}
Regards,|{M}|{E} | {U}
Sent from my iPhone|{MG}
--|{P}|{E}|This email may contain confidential information.
## bio
Hi, I'm {MG}! Product manager, dog person, marathon runner. Say hi at {E}.
{MF} | Cloud architect | Speaker | {U}
Currently at {A}. Previously: consulting, public sector.
References available from {P} ({E}) and {M}.
{MF}, registered nurse, 15 yrs in ICU, based near {A}.
## thanks
Thank you {P} for fixing my laptop at 11pm before the pitch!
Thank you {M} for driving me to {A} when my car broke down.
Grateful for {MG}, {M} and the whole team this year.
## thread
{MF} · 2nd|Great insight, thanks for sharing this.
{MF} • 1st|Congrats!! Well deserved 👏
{MF} (she/her) · 3rd+|Following - would love the template too.
Reply from {MF}: "Happy to share, DM me or email {E}."
## news
Job moves this month:|- {MF} joins as CFO|- {MF} moves to the Dublin office|- {P} retires after 30 years
Our new board:|• {MF} (chair)|• {M}|• {P}
Birthdays this week: {MG}, {MG} and {M} 🎂
## event
Agenda|09:00 Registration|09:30 Opening - {MF}|10:15 Case study - {P}|11:00 Q&A with {M}
Thursday's line-up: {M} on pricing, {P} on hiring, and a surprise guest.
Meet the organisers: {MF} ({E}) and {MF} ({T}).
## rec
Hands down the best boss I've had: {MF}.
{MG} made our team better just by asking good questions.
"""

EN_LOCAL_MORE = {
    "en_US": """
## rec
Shoutout to {M} - she carried our Series A data room on her back.
## event
Happy hour after the summit at {A}. First round's on {MG}!
## thread
Venmo me, not my card lol. {MG}, the card you saw ({C}) is cancelled now.
## job
Remote (US only). Benefits day one. Questions: {MF}, {T}.
## announce
Closing on our first house this week! New mailing address: {A}.
## support
Never send your Social Security number ({D}) by chat; our team will call from {T}.
## thread
Y'all, my Amex {C} got flagged again at the conference hotel.
## sig
{MF}|VP Sales, West Region|{T}|{A}
""",
    "en_GB": """
## rec
{M} is the sort of colleague who stays late to help and never mentions it.
## event
Christmas do is at {A} this year. Secret Santa limit £10, organised by {MG}.
## thread
Did anyone else get a dodgy text from {T} claiming to be HMRC?
## job
Maternity cover, 12 months, based at {A}. Informal chats with {MF} welcome.
## news
Our charity bake sale raised £1,240 - thanks to {M} and the whole of Floor 3.
## support
Your NHS number ({D}) shouldn't be posted here; please ring the surgery on {T}.
## thread
Blimey, someone's posted a full card number ({C}) in the group chat.
## sig
{MF}|Practice Manager|{A}|{T}
""",
    "en_IE": """
## rec
{M} kept the whole project on the rails, fair play to her.
## event
Céilí after the conference at {A}, all welcome, no experience needed.
## thread
Anyone know {P}? Lovely lad, just started with us. His number's {T}.
## job
Graduate programme now open. Queries to {E} or ring {MF} on {T}.
## obit
Sadly missed by her colleagues, especially {M} and {M}. May she rest in peace.
## support
Your refund will be lodged to {B} within 5 working days.
## thread
Deadly session today, thanks {MG}! Photos at {U}.
## sig
{MF}|Solicitor|{A}|{T}
""",
    "en_IN": """
## rec
Very much thankful to {M} ma'am for her valuable guidance throughout the project.
## event
Kindly reach the venue ({A}) by 9:30 AM sharp. Contact {MF} ({T}) for directions.
## thread
Please do the needful and update my number to {T}. Regards, {MG}.
## job
Urgent opening for Java developers, 3-5 yrs exp, Pune/Bengaluru. Share profiles to {E}.
## support
Dear Sir/Madam, the refund of Rs. 4,500 is credited to card {C}. Regards, {P}.
## support
Please do not share PAN or Aadhaar numbers like {D} in public groups. Kindly delete.
## job
Walk-in interview on Saturday at {A}. Contact {MF}, {T}.
## sig
Regards,|{MF}|Sr. Manager - HR|{T}|{E}
""",
    "en_AU": """
## rec
Couldn't have got through EOFY without {M}. Legend.
## event
Christmas in July lunch at {A}, RSVP to {MG} by Friday.
## thread
Heads up, scam calls coming from {T} pretending to be the ATO.
## job
FIFO role, 2:1 roster, based out of {A}. Send CV to {E}.
## obit
Vale {MF}. A true gentleman and a mentor to so many of us.
## support
Refund's been processed to your card {C}, should show in 3 business days.
## job
Casual roles available at {A}. Apply to {E} or call {T}.
## sig
Cheers,|{MF}|{A}|{T}
""",
    "en_CA": """
## rec
{M} made our Toronto launch happen in the middle of a snowstorm. Grateful.
## event
Hockey night fundraiser at {A}, tickets from {MG}.
## thread
Anyone else getting CRA scam calls from {T}? Don't give them your SIN.
## job
Hybrid role in {A}, bilingualism an asset. Apply: {E}.
## obit
It is with heavy hearts that we share the passing of {MF}, beloved colleague and friend.
## support
We'll mail the T4 to {A}; please confirm the postal code.
## job
Bilingual (EN/FR) role in {A}. Send your CV to {E}.
## sig
{MF}|Account Executive|{T}|{A}
""",
}
