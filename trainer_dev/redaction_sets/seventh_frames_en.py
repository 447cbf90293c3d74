# ruff: noqa: E501  (data: sentence frames and name lists, one per line)
"""English sentence frames of the seventh set (all six English locales), one per line, by genre.

Slots: {M} a member (any written form), {MG} a member's given name alone, {MF} a member's full name,
{P} a non-member, {E} e-mail, {T} phone, {U} URL, {I} IP, {C} card, {B} IBAN, {D} national id,
{A} postal address. "|" is a line break.
"""

EN = """
## rec
I had the pleasure of working with {M} for three years at the Leeds office, and I would hire her again tomorrow.
Cannot recommend {M} highly enough - calm under pressure, brilliant with clients.
If you need a data engineer who actually documents things, talk to {M}.
{M} mentored me through my first product launch; patient, honest, funny.
Endorsing {MF} for stakeholder management. She made our quarterly reviews painless!
Worked alongside {M} on the migration project. Reach out to him at {E} if you are hiring.
Hiring managers: {M} is open to work. Her number is {T}, she said it is fine to share.
Quick shout-out to {MG} who rebuilt our onboarding deck overnight 🙌
I've known {M} since uni and she is the most organised person I have ever met.
Reference for {M}: reliable, curious, never misses a deadline. Happy to talk, call me on {T}.
{M} is the best facilitator I have seen in 15 yrs of workshops.
If anyone needs a UX researcher, {MF}'s portfolio is at {U} - go look.
Strongly recommend {M} ({E}) for any senior finance role.
Three words for {MG}: thorough, kind, fast.
I supervised {M} during her placement and was impressed every single week.
Looking for a plumber in the area? {P} did our bathroom, his mobile is {T}.
My former manager {P} taught me more about negotiation than any course.
Recommending {M} - he led the audit at {A} without a single finding.
{M} and I co-authored two papers; her rigour is unmatched.
our intern {MG} just got a full time offer elsewhere, congrats!! so proud
If you want someone who asks the awkward question early, hire {M}.
Would work with {MF} again in a heartbeat. Seriously.
Kudos to {M} for turning a messy spreadsheet into a real dashboard.
{P} from the council planning team was incredibly helpful, credit where it is due.
## event
Our next meetup is on Thursday at {A}, doors open at 6.
Speakers: {M} (keynote), {P} (panel), and yours truly.
Venue change! We are now at {A} - same time, bigger room.
RSVP to {E} by Friday so we can sort catering.
Programme: 09:30 welcome by {M}; 10:00 "Scaling research ops" with {P}; 11:15 coffee.
Tickets are free but limited. Questions? Ring {MG} on {T}.
Workshop led by {MF}, materials at {U}.
Fireside chat with {P} and {M}, moderated by our CEO.
Parking is tight around {A}; the train station is a 5 minute walk.
Huge thanks to {M} for hosting us at the new office.
Volunteers needed for registration: ping {M} at {E}.
Livestream link goes out to registered attendees only; the recording will be on {U}.
Panel: {M}, {P} and {M} on hiring without CVs.
Day 2 opens with {MF} on accessibility audits; lunch provided.
For accessibility requests contact {MG} directly: {T} or {E}.
Save the date - gala dinner at {A}.
## job
We are hiring a Senior Backend Engineer (hybrid, 3 days in office at {A}).
Send your CV to {E} with "Backend" in the subject line.
Questions about the role? {M} is the hiring manager, you can message her here or call {T}.
Internship applications close on the 30th; contact {P} at {E} for details.
Know someone great? Referral bonus applies. Forward this to {M}!
Interviews take place at our office, {A}. Bring photo ID.
Recruiter contact: {MF} | {T} | {E}
Apply via {U} or drop an email to {E}.
Looking for a part-time bookkeeper. Reply to {E} or phone {T} after 5pm.
The team you would join is led by {M}, ex-Monzo, lovely human.
Please do not send CVs to {E} - apply through the portal only.
## obit
It is with great sadness that we share the passing of our colleague {MF}.
{P} was with the firm for 31 years and trained half of the current partners.
Condolences can be sent to the family at {A}.
The funeral will be held on Saturday; the family asked that donations go to the hospice instead of flowers.
Rest in peace, {MG}. You made every Monday better.
In lieu of flowers, contributions may be sent c/o {P}, {A}.
Those who wish to share memories of {M} can write to {E}; we will pass them on to her children.
## support
Hi {MG}, thanks for reaching out. Could you send us the last four digits rather than the full card number you posted?
Hello {P}, I'm sorry your parcel never reached {A}. I've raised a claim.
We can see a login from {I} that you don't recognise; we've locked the account.
Please don't share your card number ({C}) publicly - I've asked the admins to hide the post.
Dear {M}, your refund will go back to the account ending in the IBAN you gave us ({B}).
Our agent {P} will call you back on {T} within 24 hours.
Can you confirm the email on the account is {E}?
Thanks {MG}. For security, please re-send from {E} rather than this thread.
Your ticket has been escalated to {P}, our billing lead.
I checked the logs: the requests came from {I} and {I}.
The address we have on file is {A}; is that still correct?
Hi there, I'm {P} from the support team and I'll be looking after your case.
We've updated your delivery address to {A} as requested.
Please call our fraud line and quote reference 7781; do not post your {D} here.
## news
This month in the newsletter: {M} on remote onboarding, plus job moves from across the network.
Welcome to our new members, including {M} and {M}!
Congratulations to {MF} on her promotion to Head of Partnerships.
Our volunteer of the quarter is {M} - thank you for 200 hours of mentoring.
Letters to the editor go to {E}; we publish a selection each month.
New office alert: we have moved to {A}.
Member spotlight: {M} tells us how she switched from nursing to cybersecurity.
Editor: {MF}. Contributors: {P}, {M}.
Want to advertise? Contact {P} on {T}.
Unsubscribe or update your details at {U}.
## thanks
Thank you {M} for the surprise cake on my last day 🎂
Massive thanks to {M} and {M} for covering for me while I was off.
A big thank-you to {P} at the bank branch who sorted my mortgage paperwork.
Grateful to {MG} for the intro - it led to my new job!
Thanks to everyone who came along, especially {M} who drove from Bristol.
So thankful for my mentor {M}. Couldn't have done the MBA without you.
{MG}, you legend. Thank you for the late-night debugging session.
Shout out to {P}, the best teacher my kids ever had.
## announce
Excited to share that I've joined {M}'s team as a product designer!
After 8 years, I'm leaving the company. You can still reach me at {E} or {T}.
Personal news: {MF} and I are starting our own consultancy.
I'm moving to a new role; please send anything urgent to {M} from now on.
New chapter! My new contact number is {T}.
We are opening our second clinic at {A} next month.
I'm thrilled to announce that {M} is joining us as CTO.
Officially a chartered accountant 🎉 Thank you {M} for the study notes.
My new portfolio site is live: {U}
We've relocated: please update your records to {A}.
## fwd
---------- Forwarded message ---------|From: {MF} <{E}>|Subject: Re: invoice|Please see below.
> On Tue, {M} wrote:|> can you send me the bank details again?|Sure, it's {B}.
Begin forwarded message:|From: {P} ({E})|To: {M}|Re: site visit at {A}
FW: from {E} - "Hi, my new mobile is {T}, can you add it to the list?"
Original message from {M}: please pay the deposit to {B} and reference your surname.
-----Original Message-----|From: {P}|Sent: Monday|To: {E}|Subject: keys for {A}
## sig
Best regards,|{MF}|Senior Analyst|{T}|{E}
Cheers,|{MG}
Kind regards|{MF}|M: {T}|{U}
--|{MF} · Head of Ops · {E} · {T}
Thanks,|{MF}|{A}
Warm wishes,|{M}|Sent from my phone, excuse typos
Regards,|{P}|{T}
## bio
{MF} is a chartered engineer with 12 years in rail signalling.
About me: I'm {MF}, a data scientist based in Manchester. Email {E}.
Contact: {T} | {E} | {U}
Education: MSc Statistics (with distinction). Referees: {P} and {M}.
Personal details: {MF}, {A}, {T}.
Date of birth withheld; ID number {D} supplied on request only.
Portfolio: {U}. Languages: English, Punjabi, French (B2).
{M} - Founder, speaker, recovering lawyer.
## thread
@{MF} can you share the slides?
Replying to {M}: agree with every word.
{MG} - I've DMed you my number, it's {T} if that didn't come through.
Tagging {M} and {M} who know way more about this than me.
+1 to what {M} said above.
Lol {MG} you're not wrong
Not sure that's right, {M}. The data says otherwise.
Has anyone heard back from {P}? His email {E} bounces.
Wait, is that {M} in the second photo?? 😂
Could whoever posted their {D} please delete it? That's a national id.
My card {C} got charged twice for the same event, anyone else?
The wifi at {A} drops every 10 minutes, fyi.
Try connecting to {I} instead of the hostname.
{M} wrote a great thread on this last year, worth searching.
Great point {MG}!
"""

EN_LOCAL = {
    "en_US": """
## rec
Y'all, {M} is the real deal. Hire her before someone in Austin does.
## event
Tailgate before the conference? Meet at {A}, bring chairs.
## support
Hi {MG}, for tax forms we need your SSN ({D}) by mail only, never through this page.
## job
W-2 position, 401(k) match. Send résumés to {E}.
""",
    "en_GB": """
## rec
Proper brilliant to work with, {M}. Knows her stuff and never faffs about.
## event
Tea and biscuits from half ten at {A}. Lift is round the back.
## support
Sorry {MG}, we can't update your National Insurance number ({D}) over chat; please ring {T}.
## thanks
Cheers {MG}, you're a star. Pint's on me.
""",
    "en_IE": """
## rec
{M} is sound out, would work with her again no bother.
## event
Gathering after in the pub beside {A}, all welcome.
## support
Hi {MG}, please don't post your PPS number ({D}) here, I've hidden it.
## obit
Reposing at her residence, {A}. House private on Friday morning. Deeply regretted by {M}.
""",
    "en_IN": """
## rec
Kindly note {M} is a very sincere and hardworking person, highly recommended.
## support
Dear {MG}, please share your Aadhaar ({D}) only on the official portal, not in comments.
## job
Interested candidates can share CV on {E} or WhatsApp on {T}. Immediate joiners preferred.
## thanks
Thank you {M} sir for the guidance during my campus placement.
""",
    "en_AU": """
## rec
{M} is an absolute gun at contract negotiations, no worries at all recommending her.
## support
G'day {MG}, we don't need your TFN ({D}) for this claim, please remove it.
## event
Sausage sizzle from 11 at {A}, arvo sessions after lunch.
""",
    "en_CA": """
## rec
{M} was fantastic to work with in both official languages, eh.
## support
Hi {MG}, please never post your SIN ({D}); I've flagged the comment.
## event
Bring a toque, the venue at {A} is cold in the mornings.
""",
}
