"""English phrase bank (US and Irish site talk) for the thirtyfourth set."""


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.strip().splitlines() if x.strip()]


BANK = {
    "OPEN": _l("""
        Morning all, quick update from site.
        Heads up before the pour.
        Right lads, here's where we are.
        Posting this for the night crew.
        Afternoon, sorry for the delay on this.
        Short one from the trailer.
        Update after the walk-through with the GC.
        Hey team, couple of things.
        Grand, so the scaffold is finally signed off.
        Following up on yesterday's coordination meeting.
        Just back from the inspection.
        Hi folks, the sub schedule moved again.
        Quick note from the foreman.
        Okay, punch list round two.
        Weather held, so we got a lot done.
        FYI for anyone on the east wing.
        Evening, logging this before I forget.
        Happy Friday, here's the wrap-up.
        As promised on the call, details below.
        Sorry to spam the group again.
        Lads, fair play on the blockwork today.
        Reposting because nobody saw it.
        First thing, safety.
        From the site office.
        Small change to tomorrow's plan.
        Dispatch here with the call-out details.
        Hey, following up on the service request.
    """),
    "FILL": _l("""
        The drywall crew needs the second floor cleared by noon.
        Concrete trucks are booked but the pump is still unconfirmed.
        Rebar inspection passed with two minor comments.
        Please keep the gate closed, we had kids wander in again.
        The crane lift is pushed if the wind stays above the limit.
        Hard hats and hi-vis on at all times past the fence.
        Porta-potties get serviced on Tuesdays now.
        The framing on unit four is out of plumb, needs a shim.
        Electrical rough-in is done on the ground floor.
        We're still waiting on the window order from the supplier.
        Roofers start tomorrow if the deck is dry.
        The skip is full, another one is on the way.
        Somebody left the mixer running overnight.
        Tie-ins to the main are scheduled for the weekend.
        Bring your own harness, the rental ones are gone.
        The excavator has a hydraulic leak, don't use it.
        HVAC guys need access to the attic space.
        The inspector wants to see the firestopping before we close up.
        Tile delivery came with two broken boxes.
        Plumbing pressure test held overnight.
        Site is muddy, boots only, no trainers.
        The generator needs diesel before the end of shift.
        Please log every near miss, no matter how small.
        Scaffold tags get checked every morning.
        We lost half a day to the power cut.
        The client walk-through went better than expected.
        Paint crew is on the stairwells this week.
        Keep the laydown area tidy or we get fined.
        The snag list is shorter but still not zero.
        Grout colour was approved on the mockup.
        Nobody goes up the tower crane without sign-off.
        Insulation is stacked under tarps by the north wall.
        The trench has to be shored before anyone goes in.
        Housekeeping was flagged again on the audit.
        Deliveries only through the back entrance from now on.
        The forklift battery is charging in the container.
        Caulking on the exterior joints is patchy.
        Fire extinguishers were inspected and tagged.
        Sparks are waiting on the meter from the utility.
        We need another pallet of blocks for the garden wall.
        The boiler swap went fine, customer is happy.
        Downpipes are in but the gutters need adjusting.
        Ground is frozen so the footing pour is on hold.
        Change order is pending with the architect.
        Survey pegs got knocked over near the entrance.
        Lunch truck comes around half eleven.
        Toolbox talk is about working at height this week.
    """),
    "CLOSE": _l("""
        Cheers.
        Thanks all.
        Shout if anything's unclear.
        Stay safe out there.
        Talk tomorrow.
        Appreciate it, lads.
        Let me know by end of day.
        See you at the gate.
        That's all for now.
        Reply here, not by text please.
        Good work today.
        Ta.
        Any questions, ring the office.
        Thanks for the patience.
        Update to follow after lunch.
        Much obliged.
        Keep the photos coming.
        Sound, thanks.
        Get home safe.
        Catch you at the toolbox talk.
        Holler if you need a hand.
        Best regards.
        Signing off for the day.
        Over and out.
        Back on site Monday.
    """),
    "LEAD": {
        "EMAIL": _l("""
            Send the signed quote to {x} please.
            Invoices go to {x}, not the site office.
            You can reach the estimator at {x}.
            Drawings were forwarded from {x} last night.
            For rentals email {x} before noon.
            Cc {x} on anything to do with the snag list.
        """),
        "PHONE": _l("""
            Call the super on {x} if the gate is locked.
            After-hours emergency line is {x}.
            Ring {x} to book the crane.
            The tiler's number is {x}.
            For call-outs text {x} with the job address.
            Dispatch can be reached on {x}.
        """),
        "URL": _l("""
            Photos are uploaded to {x}.
            Book your induction at {x}.
            Spec sheets are on {x}.
            Our portfolio is at {x} if the client asks.
            Fill in the daily report on {x}.
            Rental rates are listed at {x}.
        """),
        "IP": _l("""
            The site camera streams from {x}.
            Gate controller is on {x}, don't change it.
            The tablet syncs to {x} when it's on the yard wifi.
            Printer in the trailer is {x}.
            Remote login for the boiler controls is {x}.
            Someone logged into the timesheet app from {x}.
        """),
        "CARD": _l("""
            Charge the rental deposit to {x}.
            The fuel card is {x}, keep receipts.
            Use {x} for the hardware store run.
            Client paid the call-out fee with {x}.
            Company card for the materials order: {x}.
            Please void the charge on {x}, it went through twice.
        """),
        "IBAN": _l("""
            Pay the retention into {x}.
            Sub's bank details for the stage payment: {x}.
            Transfer the deposit to {x}.
            Account for the plant hire invoice is {x}.
            Refund goes back to {x}.
            New bank account for payroll: {x}.
        """),
        "ID": _l("""
            For the payroll file I need {x}.
            His number for the tax form is {x}.
            New starter paperwork lists {x}.
            Contractor's number for the onboarding: {x}.
            Put {x} on the subbie registration.
            The insurance form asks for {x}.
        """),
        "PERSON": _l("""
            {x} signed off the formwork this morning.
            Spoke to {x} about the drainage issue.
            The homeowner, {x}, wants the kitchen done first.
            {x} from the electrical sub is on site tomorrow.
            The inspector today was {x}.
            Ask {x} about the rebar schedule.
        """),
        "MEMBER": _l("""
            {x} has the keys to the container.
            Thanks {x} for covering the weekend shift.
            {x} is running the toolbox talk.
            Check with {x} before moving the scaffold.
            Nice catch by {x} on the missing anchors.
            {x} will meet the concrete truck at the gate.
        """),
        "ADDRESS": _l("""
            Next job is at {x}.
            Deliver the blocks to {x}.
            The call-out address is {x}.
            Skip drop-off: {x}.
            Inspection is booked at {x}.
            Customer site: {x}.
        """),
    },
    "LOOK": {
        "order": _l("""
            Supplier confirmed order {x}.
            Purchase order {x} is approved.
            Reference {x} for the lumber delivery.
        """),
        "invoice": _l("""
            Invoice {x} is still unpaid.
            Query on invoice {x}, the labour hours look off.
            Credit note against invoice {x} came through.
        """),
        "price": _l("""
            Quote came in at {x} for the lot.
            Hire cost is {x} a week.
            Total for materials: {x}.
        """),
        "date": _l("""
            Handover is set for {x}.
            The pour is rescheduled to {x}.
            Inspection window opens {x}.
        """),
        "time": _l("""
            Gate opens at {x}.
            Truck arrives around {x}.
            Toolbox talk starts at {x} sharp.
        """),
        "version": _l("""
            The drawings are now at {x}.
            Tablet app updated to {x}.
            Laser level firmware {x} fixed the drift.
        """),
        "isbn": _l("""
            The code book we use is ISBN {x}.
            Order the training manual, ISBN {x}.
            Reference guide on the shelf: ISBN {x}.
        """),
        "measure": _l("""
            Cut the joists to {x}.
            Slab area is roughly {x}.
            Clearance under the beam is {x}.
        """),
        "percent": _l("""
            We're about {x} done on the framing.
            Retention is {x} of each payment.
            Moisture reading was {x} this morning.
        """),
        "orgreg": _l("""
            Company registration on the tender: {x}.
            Sub is registered as {x}.
            Add our registration {x} to the quote footer.
        """),
        "permit": _l("""
            Building permit {x} is posted at the gate.
            Planning reference {x} covers the extension.
            Permit {x} needs renewing before the roof work.
        """),
        "ticket": _l("""
            Warranty claim is ticket {x}.
            Logged it with the rental desk as {x}.
            Service ticket {x} is closed.
        """),
        "tracking": _l("""
            Parts are shipped, tracking {x}.
            The sample tiles are in the post as {x}.
            Registered letter tracking number {x}.
        """),
        "spec": _l("""
            Spec calls for {x} on the ground floor.
            Use {x} throughout the plant room.
            Engineer changed it to {x}.
        """),
        "eponym": _l("""
            Grab the {x} from the van.
            The {x} came up in the safety briefing.
            Bring the {x} set, the small one.
        """),
        "nameword": _l("""
            Watch out for {x} near the old shed.
            We sorted the {x} question at lunch.
            Mind the {x} by the loading bay.
        """),
    },
    "LABEL": {
        "EMAIL": ["Email", "E-mail", "Contact email"],
        "PHONE": ["Phone", "Mobile", "Tel"],
        "URL": ["Website", "Portal", "Link"],
        "IP": ["IP", "Device address", "Host"],
        "CARD": ["Card", "Payment card", "Card no."],
        "IBAN": ["IBAN", "Bank account", "Pay to"],
        "ID": ["ID no.", "Tax ref", "Personal no."],
        "PERSON": ["Client", "Contact", "Inspector"],
        "MEMBER": ["Assigned to", "Crew lead", "Tech"],
        "ADDRESS": ["Site address", "Job site", "Address"],
    },
    "HEAD": {
        "diary": ["SITE DIARY", "Daily log", "Site diary entry", "Daily report"],
        "workorder": ["WORK ORDER", "Call-out sheet", "Job card", "Service request"],
        "quote": ["ESTIMATE", "Quotation", "Quote request", "Pricing summary"],
        "crewchat": ["Crew chat", "Site group", "Team thread", "Subbies group"],
        "jobboard": ["HIRING: site crew", "Job board", "Trades wanted", "Work available"],
        "signature": [
            "Project Manager",
            "Site Supervisor",
            "Service Coordinator",
            "Estimating Dept.",
        ],
    },
}
