"""English phrase bank (en_US, en_GB, en_JM). {v} is the item value, {x} a look-alike."""

from .twentyfifth_core import lines

OPEN = {
    "anniversary": lines("""
        Ten years ago I walked into this office not knowing a soul, and somehow it still feels new.
        Quick personal milestone today: another year with the same brilliant team.
        Work anniversary post, I know, but bear with me.
        Hard to believe it has been a decade since my first day on the night shift.
        Celebrating a work anniversary today and feeling grateful rather than old.
        LinkedIn reminded me it's my anniversary here, so here's the obligatory reflection.
        Another lap around the sun at the same company, and I'd do it all again.
        Today marks a big round number for me at the firm.
        Funny how the years fly when the work actually matters.
        Anniversary week, so the team insisted on cake and embarrassing photos.
    """),
    "promotion": lines("""
        Some personal news I've been sitting on for a few weeks.
        Thrilled to share that I'm stepping into a new role this month.
        Big week: I've been promoted, and I'm still a bit stunned.
        New title, same desk, slightly more meetings.
        Please join me in congratulating one of our own on a well-earned promotion.
        After a long interview loop, I can finally say it out loud.
        Starting a new chapter without leaving the building, which is the best kind.
        I'm humbled to be taking over the regional team from next month.
        Proud moment for our department today.
        Promotions were announced this morning and our corner of the floor went wild.
    """),
    "farewell": lines("""
        After many good years, today is my last day here.
        Saying goodbye is never easy, so I'll keep this short.
        It's time for one of our longest-serving colleagues to hang up the lanyard.
        Retirement tribute time, and there is a lot to say.
        We are sending off a legend this Friday and you are all invited.
        Some people shape a workplace just by showing up every day.
        Farewell drinks are happening, no speeches longer than five minutes, promise.
        It has been an honour to work alongside such a generous team.
        Leaving is bittersweet, but the next adventure is calling.
        If you've ever been helped by our retiring head of stores, read on.
    """),
    "alumni": lines("""
        Calling all former classmates: the reunion is finally happening.
        Alumni network update for anyone who graduated with us.
        Twenty years since graduation and the group chat is busier than ever.
        We're pulling the old cohort together for one more evening.
        Alumni reunion planning is underway and we need a few volunteers.
        If you studied with us back in the day, this one is for you.
        The alumni association is hosting its annual dinner again.
        Dusting off the yearbook for this one.
        Old classmates, new jobs, same terrible jokes: reunion time.
        Our graduating class is getting together, partners welcome.
    """),
    "sports": lines("""
        The running club is back on Sunday mornings after the winter break.
        Charity run season is here and our team is signing up.
        Our five-a-side team needs two more players for the spring league.
        Calling all cyclists: the company ride is on again.
        We finished the relay in one piece and raised more than we hoped.
        The office softball team has a new captain and a very old bat.
        Couch to fun run, week three, and nobody has quit yet.
        Club news from the rowing crew this week.
        Trail run this weekend, beginners absolutely welcome.
        Huge thanks to everyone who came out to cheer at the finish line.
    """),
    "fundraising": lines("""
        We're collecting for the food bank again this season.
        Volunteering drive: the community garden needs hands on Saturday.
        Our team is raising money for the children's ward and every bit helps.
        The winter coat drive starts next week at all three sites.
        Fundraiser update, and thank you to everyone who chipped in.
        We're organising a bake sale for the animal shelter.
        Looking for volunteers to help at the charity quiz night.
        The book drive for the school library has gone beyond our wildest hopes.
        Small ask: we need drivers for the meals-on-wheels rota.
        Our office is sponsoring a beach clean-up and you can join.
    """),
    "mentoring": lines("""
        Our mentoring circle opens applications this month.
        I've been lucky to have great mentors, and now it's my turn to give back.
        New cohort of the mentoring programme kicks off soon.
        Looking for mentors with a background in operations or finance.
        Mentoring circle recap from last night, for those who missed it.
        If you're early in your career and feel stuck, this circle is for you.
        Peer mentoring sessions are back, smaller groups this time.
        A quick thank you to the person who took a chance on me years ago.
        Our women in engineering mentoring group is growing.
        Reverse mentoring pilot: juniors teaching seniors, and it works.
    """),
    "meetup": lines("""
        Meetup logistics for next week, please read before you come.
        We're hosting the local product meetup this month.
        The data and coffee meetup has a new venue.
        Quick logistics post for Thursday's community evening.
        First in-person meetup since the move, and the room is already nearly full.
        Organising the quarterly networking night, details below.
        Small venue change for the design meetup, same time though.
        Heads up for anyone joining the hackathon weekend.
        Our local founders breakfast is on again.
        Registration is open for the community open day.
    """),
}

SLOT = {
    "EMAIL": lines("""
        Drop me a line at {v} if you want in.
        Questions can go to {v}.
        Sign-ups by email to {v}, please, not in the comments.
        You can reach the organiser directly: {v}
        Send photos for the slideshow to {v}.
        RSVP to {v} so we can sort the catering.
        If the form is playing up, just email {v} instead.
        My personal address is {v} now that the work one is going.
        Contact: {v}
    """),
    "PHONE": lines("""
        Text or call {v} if you're running late.
        Best number on the day is {v}.
        WhatsApp me on {v} to join the group.
        You can ring the coordinator on {v}.
        If you get lost, call {v} and someone will come out.
        Mobile: {v}
        For lifts, text {v} with your pickup spot.
        Leave a voicemail on {v} if nobody picks up.
    """),
    "URL": lines("""
        Fundraising page is here: {v}
        The sign-up sheet lives at {v}.
        I wrote a longer reflection on my blog: {v}
        Photos from last time are up at {v}.
        Donate through {v} if you can spare anything.
        Connect with me at {v}.
        All the details are on {v}.
    """),
    "IP": lines("""
        The livestream box is on {v}, so don't unplug it.
        If the venue wifi drops, the backup stream runs from {v}.
        Our old club server at {v} is being switched off.
        Remote folks can join the scoreboard at {v} on the local network.
        Someone kept logging in from {v} during the quiz, nice try.
        The registration kiosk sits at {v} if IT needs it.
    """),
    "CARD": lines("""
        I paid the deposit with card {v}, can someone confirm it went through?
        Charge the team entry to {v}, the club card.
        The venue put a hold on {v} for the booking.
        For the raffle prizes I used card number {v}.
        Card on file for the club is {v}, expiry next spring.
    """),
    "IBAN": lines("""
        Entry fees by bank transfer to {v}, reference your name.
        Donations can go straight to the account {v}.
        IBAN for the collection: {v}
        Please transfer your share of the gift to {v}.
        Payment details for the dinner: {v}
        The club account is {v} if you prefer to pay ahead.
    """),
    "BANK": lines("""
        For direct deposit, routing and account are {v}.
        Zelle isn't working, so wire it to {v} instead.
        Bank details for the fund: {v}
        You can pay the entry fee into {v} at any branch.
        Account to send it to: {v}
    """),
    "ID": lines("""
        The insurance form needs my number, which is {v}.
        For the background check they asked for {v}.
        My ID for the volunteer registration is {v}.
        Here's what I typed in the form: {v}, did I get it right?
        {v} is the number they have on file for me.
        They rejected {v} at first, so double-check yours.
        Filled in the tax box with {v} and it finally went through.
    """),
    "PERSON": lines("""
        Special thanks to {v}, who drove the van all weekend.
        My first manager, {v}, taught me to listen before I talk.
        {v} from the hospice will say a few words.
        We'll be joined by {v}, who coached the juniors for years.
        I still remember {v} walking me through my first audit.
        The trophy is named after {v}, who started the club.
        Credit to {v} for the photos.
        {v} will be handing out the medals.
        Our guest speaker is {v}, a retired head teacher.
    """),
    "MEMBER": lines("""
        Huge congratulations to {v}!
        Shout-out to {v} for organising all of this.
        {v} has kindly offered to host.
        Couldn't have done it without {v}.
        {v} is leading the warm-up, so don't be late.
        Please welcome {v} to the mentoring circle.
        Happy anniversary, {v}, you make Mondays bearable.
        Ask {v} about carpooling.
        Thank you {v} for the kind words last week.
        {v} ran a personal best, what a legend.
        Well deserved, {v}.
        cc {v}
    """),
    "ADDRESS": lines("""
        We meet at {v}, round the back by the bike racks.
        Venue: {v}
        Drop-off point for donations is {v}.
        The party is at my place, {v}, from seven.
        Please send the card to {v} and I'll pass it on.
        Start line is outside {v}.
        Parking is free behind {v}.
        New office address: {v}
    """),
}

JM_EXTRA = lines("""
    Wah gwaan, family!
    Unu come out and support, it nice bad.
    Mi cyaan believe how time run.
    Big up everybody who help out, respect.
    Nuh badda come late, the food done quick.
    A so it go, but wi still a celebrate.
""")

LOOK = {
    "ORDER": lines("""
        The medals are on order {x}, arriving Tuesday.
        Order {x} for the T-shirts finally shipped.
    """),
    "INVOICE": lines("""
        The caterer's invoice {x} is paid.
        Invoice {x} covers the hall hire.
    """),
    "TICKET": lines("""
        My ticket says {x}, so bring yours too.
        Raised it with the venue under ticket {x}.
    """),
    "TRACKING": lines("""
        Tracking {x} says the banners are out for delivery.
        The parcel with the trophies is {x} if anyone wants to chase it.
    """),
    "PRICE": lines("""
        Entry is {x} per person, kids free.
        Tickets are {x}, which includes a drink.
        We raised {x} in the end!
    """),
    "DATE": lines("""
        Save the date: {x}.
        Deadline for sign-ups is {x}.
    """),
    "TIME": lines("""
        Doors open at {x}.
        Warm-up starts at {x} sharp.
    """),
    "VERSION": lines("""
        The club app is on version {x} now, update before Sunday.
        Make sure you have {x} of the timing app.
    """),
    "ISBN": lines("""
        The book we're discussing is ISBN {x}.
        Our circle's reading this month: ISBN {x}.
    """),
    "FLIGHT": lines("""
        I land on {x}, so I may be a little late.
        A few of us are on flight {x} together.
    """),
    "ROOM": lines("""
        We've got room {x} on the second floor.
        Breakout sessions are in {x}.
    """),
    "MEASURE": lines("""
        The route is {x} with one nasty hill.
        Bring {x} of water at least.
    """),
    "PERCENT": lines("""
        Sign-ups are up {x} on last year.
        {x} of the proceeds go to the shelter.
    """),
    "REF": lines("""
        Use reference {x} when you pay.
        Booking ref is {x}.
    """),
    "COMPANY": lines("""
        Lunch is sponsored by {x}.
        Thanks to {x} for the free kit.
    """),
    "LANDMARK": lines("""
        We'll finish near {x}.
        The walk goes past {x}.
    """),
}

MID = lines("""
    Bring a friend, the more the merrier.
    Dress code is relaxed, trainers are fine.
    There will be food, and yes, vegetarian options too.
    Let me know in the comments if you can make it.
    We'll share photos afterwards.
    No experience needed, just enthusiasm.
    Parking is limited, so carpool if you can.
    Kids and dogs on leads are welcome.
    It's been a wild ride and I've learned so much.
    I'm grateful for every late night and every laugh.
    The coffee here is still terrible, some things never change.
    Honestly, the people are what kept me here.
    Please share with anyone who might be interested.
    We still need a couple of volunteers for set-up.
    If you can't come, a donation is just as welcome.
    Numbers are capped, so sign up early.
    Accessibility: step-free access and a quiet room are available.
    Please bring a reusable cup.
    We'll go ahead rain or shine.
    Expect a short speech and a long lunch.
    Feedback from last time was lovely, so we're doing it again.
    The committee has worked really hard on this.
    Mentors and mentees, please bring your goals sheet.
    Latecomers can slip in at the back.
    We'll split into small groups after the intro.
    This is a community effort and every bit counts.
    I'm not crying, you're crying.
    The cake order is in, chocolate won the vote.
    No pressure, but the last team to sign up does the washing up.
    Recordings will be shared with members afterwards.
""")

CLOSE = lines("""
    See you there!
    Thanks, everyone.
    Onwards and upwards.
    Cheers!
    Can't wait.
    Hope to see lots of familiar faces.
    Here's to the next chapter.
    Feel free to reach out with questions.
    Spread the word!
    With gratitude.
    Let's make it a good one.
    More soon.
    Thank you for reading this far.
    Comments and likes help the post reach more people.
    All welcome.
""")

MID += lines("""
    The first time I presented to the board my hands were shaking, and someone covered for me.
    Everything I know about budgets I learned in that windowless back office.
    Our retiree has promised not to answer work emails from the golf course.
    The alumni dinner sold out faster than the concert tickets did.
    Mentoring is really just listening with a notebook open.
    This group started as three people and a whiteboard.
    Last year the rain turned the course into a mud bath and we loved it.
    Half of the team had never run before the club started.
    The volunteers did the heavy lifting, literally.
    Please wear your club colours if you have them.
    Spectators are welcome along the riverside path.
    We're keeping the talks short and the conversations long.
    Our hosts have asked us to tidy up before we leave.
    The shelter told us every blanket counts this winter.
    There's a lost property box from last time, come claim your jacket.
    We're trying a new format: fewer slides, more questions.
    Anyone willing to bake, speak up now.
    A few of the old crew are flying in from abroad.
    I owe a lot to the people who answered my silly questions.
    The best part of this job has been watching juniors outgrow me.
    It's a friendly pace, nobody gets left behind.
    Sponsorship forms are at the front desk.
    Quiet reflection room available for anyone who needs a break.
    Coffee and pastries from the bakery round the corner.
    We'll raise a glass to absent friends.
""")

CLOSE += lines("""
    Grateful, always.
    See you at the start line.
    Bring your best stories.
    Take care, all of you.
    Until next time.
    Go team!
    Every little bit helps.
    Thanks for being part of this.
    Let's keep in touch.
    Any questions, just ask below.
""")

OPEN["meetup"] += lines("""
    Venue confirmed for the evening meetup, finally.
    The coworking space has agreed to host us again.
""")
OPEN["farewell"] += lines("""
    Today we say goodbye to the person who knew where every file was kept.
    A retirement card is going round, sign it before it disappears.
""")

from .twentyfifth_bank_en2 import MORE_CLOSE, MORE_JM, MORE_MID, MORE_OPEN, MORE_SLOT  # noqa: E402

for _k, _v in MORE_OPEN.items():
    OPEN[_k] += _v
for _k, _v in MORE_SLOT.items():
    SLOT[_k] += _v
MID += MORE_MID
CLOSE += MORE_CLOSE
JM_EXTRA += MORE_JM
