"""English sentence pieces (en_US, en_GB, en_MT) written for the twentyfirst set."""
LANG = "en"
RAW = """
## open.open_to_work
After eight great years my role was made redundant last month, so I'm officially open to work.
Big news, or at least news: I'm looking for my next role in product operations.
Quick one, network: I'm back on the market and would love your help.
Not the post I planned to write this spring, but here we go: I'm job hunting.
Open to work! Finishing my contract this month and looking for what comes next.
Some of you already know, but our whole team was let go after the acquisition.
## body.open_to_work
I'm looking for hybrid roles in {city} or fully remote across the time zones that work for a team.
My background is in supply chain analytics, with a lot of SQL and a bit of Python.
Happy to start immediately and I don't need sponsorship.
I've led small teams and I'm just as happy being a strong individual contributor.
Any intro, tip or even a like to push this further helps more than you think.
I'm especially interested in climate, health and public sector work.
Recruiters are welcome to reach out, but please read the profile first.
Honestly the hardest part is keeping the routine, so coffee chats are welcome too.
## open.cv_snippet
Pasting the top of my CV here since a few people asked for it:
CV summary below, feedback welcome before I send it out again.
Here's the contact block from my updated CV, tell me if it looks off:
Reworked my CV header tonight, does this look professional?
Sharing the short version of my CV for the referral form:
Contact section of the CV as it stands now:
## body.cv_snippet
Senior project coordinator, certified scrum master, fluent in English and Spanish.
Experience: logistics, customer success, and two years running a small nonprofit.
Skills: stakeholder management, budgeting, Power BI, grant writing.
Education: bachelor's in business administration, evening classes in data analysis.
Availability: immediately, full time or a long contract.
Languages: English native, French conversational, learning German.
References available on request.
Driving licence, happy to travel within the region.
## open.freelance
Taking on new freelance clients from next month.
I'm a freelance copywriter and I have space for two more projects this quarter.
If your website hasn't been touched since the pandemic, we should talk.
Small reminder that I do bookkeeping for freelancers and small businesses.
Now offering one-to-one coaching sessions for first-time managers.
Consultancy slots open again after the summer break.
## body.freelance
I work mostly with charities, small agencies and family businesses.
Fixed prices for clear scopes, day rates for anything open-ended.
Everything is delivered in plain English, no jargon, no surprise invoices.
I can also help with translation and proofreading between English and Italian.
Happy to do a free call first to see if we're a good fit.
Referrals from this network are how most of my work comes in, so thank you.
I'm based in {city} but most of my clients are remote.
I usually reply within a working day.
## open.volunteering
Our food bank is looking for volunteers for the winter season.
We need a few extra hands for the charity run this weekend.
The youth coding club is recruiting volunteer mentors again.
Calling all retired accountants: the community tax clinic needs you.
Our hospice shop is short of drivers on Saturdays.
The refugee welcome network in {city} is looking for volunteer tutors.
## body.volunteering
No experience needed, just patience and a couple of hours a week.
We provide training, a hi-vis vest and far too much tea.
Every shift helps us keep the doors open for families who rely on us.
If you can't volunteer, sharing this post is just as useful.
Corporate volunteering days are welcome, just get in touch first.
Background checks are required for anyone working with children.
We're especially short of people who speak Arabic, Ukrainian or Portuguese.
## open.alumni
Class reunion time! It has somehow been twenty years.
Calling everyone from the old economics department.
The alumni association is organising a get-together in {city}.
Who else is coming to the homecoming weekend?
Trying to track down everyone from our graduating class.
Former colleagues from the old office, we're finally doing the reunion.
## body.alumni
We've booked the back room of the pub near the old campus.
Partners and kids are welcome for the afternoon part.
Please share with anyone who isn't on here anymore.
There will be a slideshow, so send me your embarrassing photos.
The committee is covering the first round, the rest is pay as you go.
If you can't make it, a short video message would be lovely.
We still have a few people we can't find, so tag anyone you're in touch with.
## open.mentoring
Looking for a mentor, which feels vulnerable to post but here goes.
I'm a career changer moving from teaching into UX research and I'd love some guidance.
Does anyone have experience moving from agency life into an in-house role?
Asking my network for advice: how did you find your first mentor?
I'd love to connect with someone who has built a data team from scratch.
First-generation graduate here, looking for a mentor in finance.
## body.mentoring
Even one call a month would make a huge difference.
I'm happy to return the favour with anything I can help with.
I'm particularly interested in how people negotiate their first senior offer.
I've done the courses, now I need someone to tell me what I'm missing.
Open to mentors from any background, honestly.
I promise to come prepared with questions and not waste your time.
My company doesn't have a formal mentoring scheme, hence the post.
## open.relocation
Moving to {city} at the end of the summer and looking for opportunities there.
We're relocating for my partner's job, so I'm looking for something new.
Personal news: I'm moving back home after six years abroad.
Heading to {city} next year, any tips for the job market there?
New city, new chapter: I've just relocated and I'm looking for work.
Relocation post! My visa came through and I'm moving this autumn.
## body.relocation
I'd love introductions to anyone hiring in operations or project management.
If you know a good neighbourhood to rent in, I'm all ears too.
I'll need a few months to get settled, so ideally a start after the holidays.
Happy to meet for coffee once I'm there.
I have the right to work, no sponsorship needed.
Any local networking groups worth joining?
I'm also looking for a good childminder, if anyone has leads.
## open.references
Reference details as requested by the agency:
For the application form, here are my references and contact details.
Sorry for the delay, here are the details you asked for:
Two references below, both have agreed to be contacted.
Adding my details here so the volunteer coordinator has them:
Updated contact details, please use these from now on:
## body.references
Please call in the afternoon if possible.
Both references know my work from the last three years.
Let me know if you need anything else for the background check.
Please don't contact my current employer yet.
The second reference is happy to do a call rather than write a letter.
I've let them both know to expect your email.
Thanks again for your patience with the paperwork.
## close
Thanks for reading, and thanks in advance for any shares.
DMs are open.
Grateful for this community, as always.
Feel free to pass this on.
Have a great week, everyone.
Let's talk!
Comments are welcome, just keep it kind.
Thank you all so much.
Reposts appreciated.
Cheers!
Happy to return the favour anytime.
Fingers crossed.
Onwards.
Speak soon.
Any advice is welcome.
That's all, have a good weekend.
## item.EMAIL
Best way to reach me is email: {v}
You can email me at {v} for the full portfolio.
Drop me a line at {v} if that sounds interesting.
Email: {v}
Please send the form to {v} rather than my work address.
My personal email is {v}, I check it daily.
Reach me at {v} or just comment below.
Sign-ups go to {v}, please include your availability.
Write to {v} and I'll get back to you.
## item.PHONE
You can call or text me on {v}.
Mobile: {v}
Phone/WhatsApp {v}
Give me a ring on {v} any time after four.
Best number is {v}, leave a message if I don't pick up.
My number is {v} if you'd rather talk.
For urgent things text {v}.
Tel. {v}
Call {v} and ask for the volunteer desk.
## item.URL
My portfolio is here: {v}
More about my work on {v}
Profile: {v}
Book a slot with me directly: {v}
Here's my LinkedIn in case the link above doesn't work: {v}
Case studies and prices are on {v}
Have a look at {v} and tell me what you think.
Website: {v}
Everything I've built lately lives at {v}
## item.IP
The demo runs on my own server at {v} for now.
If the firewall blocks you, whitelist {v} and try again.
Staging box for the client project: {v}
The old alumni forum is still up at {v}, believe it or not.
My home lab is reachable on {v} if you want to poke at it.
I can only connect from {v}, so please allow it on the VPN.
The volunteer rota tool is hosted on {v} until we move it.
## item.CARD
For the deposit, just charge my card {v}, I'll sort the rest later.
I paid the venue with {v}, so the receipt is in my name.
Card for the table booking: {v}
Can someone double check they charged {v} and not twice?
Use {v} for the raffle prizes, I'll be reimbursed later.
I've put the reunion deposit on my card, {v}, so please pay me back.
If the booking fails, try {v} instead.
## item.IBAN
Bank details for the reunion kitty: {v}
Please transfer your share to {v} with your name as reference.
My IBAN for the invoice is {v}
Donations can go straight to {v}
Account for payments: {v}
Send the deposit to {v} by the end of the month.
IBAN: {v}
## item.BANK
Please pay the invoice to account number {v}.
For direct deposit my account is {v}.
Account: {v}
Transfer your share to my checking account {v} and ping me.
## item.ID
The number they need for the form is {v}.
They asked for my ID number, it's {v}.
ID: {v}
For the background check: {v}
Reference number from my ID: {v}
Registration number {v}, in case the portal asks for it.
Put {v} in the second box and it should go through.
Here it is: {v}
## item.PERSON
My former manager {v} has agreed to be a reference.
Huge thanks to {v} for pointing me to this role.
I worked closely with {v} on the rebrand.
{v} from the old team is organising the drinks.
Second reference: {v}, my line manager at the charity.
If you know {v}, please ask them to get in touch.
Shout out to {v}, who taught me everything about budgets.
I'm replacing {v} as the club's volunteer coordinator.
{v}'s advice was to just ask publicly, so here I am.
## item.MEMBER
Thanks {v} for the nudge to write this post.
{v}, you mentioned your team was hiring?
Tagging {v} since you know everyone in the sector.
As {v} said in the comments, referrals matter.
cc {v}
{v} and I are co-organising the reunion.
Special thanks to {v} for reviewing my CV.
Maybe {v} can share this with the alumni group.
{v}'s post last week convinced me to do this.
## item.ADDRESS
Post the forms to {v}.
Drop-off point for donations: {v}
My address for the contract is {v}
We're meeting at {v}, ring the bell twice.
Home address: {v}
Parcels can go to {v}, someone is always in.
New address from next month: {v}
Venue: {v}
## look.ORDER
Still waiting on order {x} with my new laptop, so excuse the slow replies.
My order {x} arrived, so the certificates are framed and ready.
## look.INVOICE
Invoice {x} has been paid, thank you to everyone who chipped in.
Quote the invoice number {x} on the transfer.
## look.TICKET
Support ticket {x} is still open, so the form may be slow.
IT ticket {x} should fix the sign-up page.
## look.TRACKING
The banners are on their way, tracking {x}.
Tracking for the book parcel is {x}.
## look.PRICE
Tickets are {x} each, food included.
My day rate starts at {x}.
The course costs {x}, which the employer covers.
## look.DATE
We're meeting on {x}.
Applications close on {x}.
## look.TIME
Doors open at {x}.
The call is at {x}, happy to move it.
## look.VERSION
The tool runs on {x}, so nothing exotic.
Mostly {x} these days.
## look.ISBN
The book that changed my mind about careers: ISBN {x}.
If you want the handbook, it's ISBN {x}.
## look.FLIGHT
Landing on flight {x}, so I can do a coffee that evening.
I'm on {x}, arriving late.
## look.ROOM
We're in room {x} on the second floor.
Workshop is in room {x}.
## look.MEASURE
The charity run is {x}.
The studio is about {x}, enough for small workshops.
## look.PERCENT
Around {x} of our volunteers are students.
I can work at {x} for now.
## look.REF
Job reference {x}, if you're applying through the portal.
The role is listed as {x} on the careers page.
## look.COMPANY
I spent six years at {x} before this.
The grant is funded by {x}.
Previously at {x}, in the finance team.
## look.PLACE
Meet us outside {x}.
We used to study right next to {x}.
The shuttle stops at {x}.
## free
Keeping this short because job hunting is tiring enough.
I'll update this post as things move.
Every conversation has taught me something new.
The market is tough right now, but people have been incredibly kind.
If you're in the same boat, my inbox is open for a chat.
I'd rather work somewhere small where I can see the impact.
Please don't send me crypto opportunities.
It feels strange to write this after so long in one place.
Being rejected at the final round is still rejection, but I'm learning.
Sharing in case it helps someone else who is starting out.
Honest feedback is the best gift you can give a job seeker.
Volunteering kept me sane between jobs.
Mentors don't need to be famous, just generous with time.
Moving countries is mostly paperwork and patience.
Reunions are a good reminder of how far everyone has come.
Freelancing means saying no more often than you expect.
Always happy to review a cover letter for anyone who asks.
Working on my portfolio this week, slowly but surely.
The best advice I got was to stop apologising for the gap.
I'm not in a rush, I want the right fit.
Writing this from the library, which feels fitting.
Our volunteers make the whole thing possible.
Networking still feels awkward, but it works.
Please be gentle, this is my first ever post.
I'm learning to talk about my strengths without cringing.
Small wins count.
Rest is part of the job search too.
Kindness in this industry is underrated.
Honestly, I miss having colleagues.
New chapter, same curiosity.

## body.open_to_work
Roles I'm targeting: operations lead, programme manager, chief of staff.
I'm not precious about titles, I care about the team and the mission.
## body.cv_snippet
Core tools: Excel, Salesforce, Asana, a stubborn amount of patience.
Profile: calm under pressure, good with numbers, better with people.
## body.freelance
Current turnaround is about two weeks for a full brand refresh.
I also run workshops for teams who want to write their own copy.
## body.volunteering
Sign up for as many or as few shifts as you like.
## body.alumni
Name badges will have your old nicknames, you have been warned.
## body.mentoring
I'm early in my career and still figuring out what I actually enjoy.
## body.relocation
I'm bringing a lot of enthusiasm and a very confused cat.
## body.references
The agency said they only need one of these, but just in case.
## item.EMAIL
CV and cover letters to {v}, please.
Questions about volunteering? {v}
## item.PHONE
Text or WhatsApp on {v}, I'm terrible with voicemail.
Reference can be reached on {v} during office hours.
## item.URL
Full CV and references: {v}
Code samples are on {v}
## item.IP
The test instance listens on {v}, credentials by DM.
## item.CARD
The tickets went on {v}, so forward me the confirmation please.
## item.IBAN
Sort out your share by transfer to {v}, thanks!
## item.ID
{v} is the number on my card.
Forgot to add my ID on the form: {v}
## item.PERSON
References: {v}, former director of operations.
I'm lucky to have learned from {v} at the start of my career.
## item.MEMBER
Thanks to {v} for the intro, what a generous person.
{v} knows the details better than me.
## item.ADDRESS
Collection from {v}, weekdays after six.
## look.ORDER
Order {x} with the name badges is confirmed.
## look.TICKET
Raised ticket {x} about the broken login.
## look.DATE
Start date would be {x} at the earliest.
## look.TIME
Sessions start at {x} sharp.
## look.ISBN
Reading list for mentees starts with ISBN {x}.
## look.ROOM
Drinks in room {x} after the talks.
## look.PERCENT
Our volunteer retention went up {x} this year.
## look.REF
Quote {x} in your application.
## free
I'm choosing curiosity over panic this week.
Sunday job applications hit different.
The best teams I've worked in were the kindest ones.
Getting back into a routine after a career break.
Thank you to everyone who sent encouraging messages.
I still believe a good manager changes everything.
Open to chats about anything data, ops or community.
Volunteering is the best networking nobody talks about.
"""
