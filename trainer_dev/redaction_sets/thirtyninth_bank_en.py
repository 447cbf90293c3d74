"""Thirty-ninth set: English phrase bank (en_US, en_GB, en_IN, en_GY), written by hand."""

from trainer_dev.redaction_sets.thirtyninth_bank import parse_bank

EN = parse_bank("""
[subject]
Offer letter and start date
Reference request for the analyst role
Payslip query from last month
Onboarding checklist, first week
Interview panel for Thursday
Pension auto-enrolment question
Parental leave and return to work
Works council minutes, action points
Contract renewal and notice period
Change of bank details for payroll
Tax code looks wrong on my payslip
Shortlist for the warehouse supervisor post
[greet]
Hi all,
Hello,
Dear colleague,
Good morning,
Hi team,
Dear hiring manager,
[open]
Quick note from the people team.
Following up on yesterday's call.
Thanks for getting back to me so quickly.
As promised, here are the details.
Sorry for the delay on this one.
Picking this up while payroll is closed.
I'm covering for the recruiter this week.
Just a heads-up before the panel meets.
This came in through the careers inbox.
We're nearly done with the onboarding pack.
Sharing this ahead of the works council meeting.
One more thing for the new starter file.
[ctx]
The offer is conditional on two satisfactory references.
Please don't forward the shortlist outside the panel.
Payroll closes early this month because of the bank holiday.
The probation review will be held before the end of the quarter.
We still need the signed contract before access can be set up.
Overtime has to be approved by the line manager first.
The pension provider sends its own welcome letter.
Annual leave carried over must be used by the spring.
The works council asked for the rota changes in writing.
Background checks usually take a few working days.
The candidate prefers a hybrid pattern with two office days.
Benefits enrolment opens once the starter form is complete.
Expenses without receipts will not be reimbursed.
The job advert goes live on the internal board first.
All interview notes are kept in the applicant tracking system.
Sick leave should be reported before the shift starts.
The salary review letters go out together with the bonus statements.
Exit interviews are optional but really useful for us.
Right-to-work documents must be seen in person.
The induction covers health and safety, systems and the handbook.
[close]
Let me know if anything is missing.
Thanks in advance for your help.
Happy to jump on a call if easier.
I'll update the file once I hear back.
Please treat this as confidential.
Shout if the dates don't work.
Many thanks for your patience.
We'll confirm everything in writing.
Please reply before the payroll cut-off.
Speak soon.
[sign]
Best regards,
Kind regards,
Thanks,
Cheers,
Warm regards,
Best,
[team]
The People team
Payroll desk
Talent acquisition
[roles]
Payroll Officer
HR Business Partner
Talent Acquisition Lead
Recruitment Coordinator
Benefits Administrator
People Operations Manager
Employee Relations Adviser
Onboarding Specialist
Compensation Analyst
Works Council Secretary
[fields]
Position: Payroll Officer
Source: employee referral
Status: shortlisted
Contract type: permanent, full time
Department: Finance
Stage: second interview
Work pattern: hybrid
Priority: normal
[lead.EMAIL]
Please send the signed offer to {v}.
The candidate's reply came from {v}.
Her personal e-mail for the payslips is {v}.
Add {v} to the interview invite.
[lead.PHONE]
You can reach the candidate on {v}.
His mobile for the start-date call is {v}.
Call me back on {v} after lunch.
The referee left {v} as the best number.
[lead.URL]
The portfolio is at {v}.
His profile is here: {v}
She shared her CV via {v}.
References are listed at {v}.
[lead.IP]
The payroll portal flagged a login from {v}.
Her remote access was whitelisted for {v}.
Failed sign-ins came from {v} overnight.
The VPN log shows {v} for the new starter.
[lead.CARD]
The relocation deposit was paid with card {v}.
Please refund the training fee to card {v}.
The corporate card issued to him is {v}.
Card {v} was charged twice for the background check.
[lead.IBAN]
Salary should now be paid into {v}.
New bank details for payroll: {v}.
The expense refund goes to {v}.
Her IBAN on the starter form is {v}.
[lead.ID]
Her tax number on file is {v}.
The ID number he gave for payroll is {v}.
Please update the ID on the payroll record to {v}.
His identity number from the passport check: {v}.
[lead.PERSON]
The second reference is from {v}.
We interviewed {v} for the night shift.
{v} accepted the offer this morning.
The agency put forward {v} as a contractor.
[lead.MEMBER]
{v} will chair the interview panel.
Please loop in {v} on the payroll change.
{v} is covering the onboarding desk.
Ask {v} to countersign the contract.
[lead.ADDRESS]
Post the contract to {v}.
The new home address for the payslips is {v}.
Her P45 went to {v}.
Send the welcome pack to {v}.
[poss]
I've attached {v} reference letter.
Please check {v} leave balance.
{v} probation review is next week.
[bare]
Use {v} when you set up the record.
Copied from the starter form: {v}
He confirmed {v} on the phone, please double-check.
Typo fixed, it should read {v}.
For the file: {v}
Entered {v} in the system this morning.
[bank]
Direct deposit goes to account {v}.
The account number for salary payments is {v}.
Please pay the final settlement into account {v}.
Her bank account for payroll: {v}.
[look]
See {v} for details.
Reference: {v}
This falls under {v}.
It was logged as {v}.
Noted on the file: {v}.
The figure agreed was {v}.
Mentioned in the letter: {v}.
As discussed, {v}.
Per the handbook, {v}.
Marked as {v}.
[label]
EMAIL=E-mail
PHONE=Phone
URL=Link
IP=IP address
CARD=Card
IBAN=Bank details
ID=Tax / ID number
PERSON=Candidate
MEMBER=Contact
ADDRESS=Address
order=Requisition
salary=Salary
date=Start date
time=Interview time
percent=Pay rise
version=Payroll software
isbn=Handbook
orgreg=Employer
taxform=Form
ticket=Ticket
grade=Grade
room=Room
bic=Bank code
company=Employer
law=Legal basis
hours=Working time
nameword=Note
""")
