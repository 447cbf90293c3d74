"""English phrase bank (en_US, en_IN, en_GH, en_UG) for the twenty-sixth set.

One piece per line under a "## section" header. {V} is the labelled value,
{IDL} the id's usual name, other {slots} are look-alikes (see twentysixth_looks).
"""

TEXT = r"""
## open_incident
Post-mortem for last night's checkout outage, blameless as always.
Quick incident summary before the retro on {date}.
Sev-2 write-up: payments were degraded for {dur}.
Root cause is confirmed, sharing the timeline so nobody has to dig through the channel.
Incident closed. Here is what happened and what we are changing.
Writing this up while it is still fresh: the login service fell over at {time}.
We had a partial outage of the mobile API this morning, ticket {ticket}.
## open_release
Release notes for {ver} are out, the highlights are below.
Shipping {ver} of the internal CLI today, please upgrade before Friday.
New tool announcement: the deploy bot now posts rollbacks to the channel.
Heads up, we are cutting the release branch tonight.
The mobile app {ver} went to the stores this morning.
Small but nice release: faster builds and fewer flaky tests.
We finally retired the old cron box; its jobs now run in the scheduler.
## open_review
Code review notes on the billing refactor, mostly nits.
Before you approve this PR, please look at the config diff.
Flagging something I noticed in review of commit {commit}.
Pasting the relevant part of the diff so we can talk about it here.
Review comment that I think deserves a wider audience.
This change looks fine except for one thing in the fixtures.
Someone asked why the test data looks like this, so here is the snippet.
## open_log
Log excerpt from the ingestion worker, trimmed to the interesting lines.
Here is what the gateway logged right before the spike.
Grepped the access logs for the failing requests, results below.
These lines keep showing up in the error stream since {time}.
Dumping the relevant part of the trace, timestamps are UTC.
Found this in the audit log while chasing the permissions bug.
Excerpt from the worker logs, nothing else looked odd.
## open_helpdesk
Escalating this one to tier two, details below.
Helpdesk update on the laptop refresh queue.
A customer ticket that needs someone from billing.
Support escalation: the user cannot reset their password.
Reopening this ticket because the fix did not hold.
Passing this on from the service desk with everything we collected.
Quick favour from the helpdesk side, this one is time sensitive.
## open_oncall
On-call handover for this week, please read before your shift.
Handover notes from the weekend rotation.
Pager rotation for the holidays is final, shout if something is wrong.
Handing over the pager, it was a quiet week apart from one page.
Weekend on-call summary and the contacts you might need.
Rota for next week is below; swaps go through the usual channel.
Night shift notes for whoever picks this up in the morning.
## open_data
Data team update: the weekly dashboard numbers are in.
Quick table from the warehouse for the planning meeting.
Sharing the query results that came up in standup.
The dedup job found some interesting rows, sample below.
Our data quality check flagged a few records this week.
Here is the small extract finance asked for.
Monthly churn numbers, with the odd rows called out.
## open_vendor
Vendor onboarding form for the new hardware supplier, please verify.
We are adding a freelance contractor to the supplier list.
Procurement needs these details before the purchase order can go out.
Filling in the supplier master data, copying the form here for review.
New vendor request, finance asked me to post it in this channel.
Onboarding a consultant for the migration, details from the form.
Payment details for the new courier partner, as submitted.
## ctx_incident
Error rate peaked at {pct} and recovered after the rollback.
The alert fired at {time} but nobody acknowledged it for {dur}.
Customer impact was limited to checkout, roughly {count} failed orders.
The config change in {commit} removed the connection pool limit.
We saw {err} from {host} for most of the window.
Follow-up actions are tracked in {ticket}.
Database failover took {dur}, longer than the runbook promises.
## ctx_release
This version also patches {cve}, so please do not skip it.
The changelog is long, but the migration only takes {dur}.
Artifacts are about {size} each, the mirror has them already.
Build {build} is the one that passed the full suite.
Minimum supported version is now {ver}.
Rollout goes to {pct} of traffic first, then everyone.
The old endpoint on port {port} will be removed next quarter.
## ctx_review
The test in that commit uses a hard-coded id {uuid}, which is fine.
Please do not bump the dependency past {ver} yet.
The linter complains about line length, nothing more.
This touches the same file as {ticket}, so expect a conflict.
Coverage went from {pct} to slightly higher, nice.
The migration takes about {dur} on a copy of production.
Fixture files should stay under {size}.
## ctx_log
Request id {uuid} shows up in every failing call.
The pod was restarted with {err} shortly after.
Latency on {host} went from normal to {dur} per call.
All of this happened between {ts} and a few minutes later.
The job retried on port {port} and gave up.
After build {build} the warning disappeared.
The queue backlog reached {count} messages.
## ctx_helpdesk
The user sits at the client office near {place}.
The laptop is already tagged as asset {ref}.
They tried the usual reset twice, still {err}.
The replacement ships with tracking {tracking}.
This is the third ticket this month, see {ticket}.
The user is on client version {ver}, which is supported.
The refund of {amount} was approved yesterday.
Their order {order} is still marked as pending.
## ctx_oncall
The team offsite is at {place} on {date}.
The disk on {host} is at {pct}, keep an eye on it.
There is a known flaky alert, see {ticket}.
The maintenance window is {date} at {time}.
Escalation policy was updated in {commit}.
If the batch runs longer than {dur}, page the data team.
Backups are about {size} now, the bucket alarm is expected.
The standup moved to room {room}.
## ctx_data
Row counts went from last week's numbers to {count}.
Total revenue in the extract is {amount}.
The query scanned {size} and took {dur}.
Null rate in the email column dropped to {pct}.
The pipeline version is {ver}, schema change tracked in {ticket}.
Duplicates mostly come from the import on {date}.
Invoice {invoice} appears twice in the raw table.
## ctx_vendor
The goods are stored at the depot next to {place}.
Their quote for the first batch is {amount}.
The purchase order will be {order}.
Delivery is expected on {date}, flight {flight} for the urgent parts.
Please reference invoice {invoice} on every payment.
They sent the catalogue, the reference book is ISBN {isbn}.
The contract reference is {ref}.
Terms are net thirty with a {pct} early payment discount.
## item_EMAIL
The customer who reported it is {V}.
Reply went to {V}, not to the shared inbox.
Please loop in {V}, they opened the original ticket.
Contact on their side: {V}
Bounce came back from {V} with {err}.
The invite was sent to {V} but never accepted.
Their billing contact is {V}.
If anyone needs the raw export, ask {V}.
The log shows the reset link going to {V}.
Send the signed form to {V} before {date}.
## item_PHONE
Primary on-call can be reached on {V}.
If the pager fails, call {V} directly.
The customer left a callback number: {V}.
Driver's phone for the delivery is {V}.
Reach me on {V} if it gets worse overnight.
Backup number for escalation: {V}
She asked us to text {V} rather than email.
The ticket lists {V} as the contact number.
Phone on the supplier form: {V}.
WhatsApp works best for him, {V}.
## item_URL
The contractor's portfolio is at {V}.
More about the candidate here: {V}
He keeps his notes on {V}, worth a read.
Book a slot with her through {V}.
The reporter linked their profile: {V}
Freelancer profile for the vendor check: {V}.
The script came from {V}, please review before running.
Her write-up of the fix is on {V}.
The user's public repo is {V}, the bug reproduces there.
Profile link from the onboarding form: {V}
## item_IP
The failed logins all came from {V}.
His home connection is {V}, we allowlisted it for now.
Blocked {V} after {count} attempts in a minute.
The customer's router shows {V} as the public address.
Requests from {V} hit the rate limit at {time}.
She is working remotely from {V} this week, please add it to the VPN exception.
Geo lookup on {V} matches the customer's town.
The abuse report names {V}.
Access from {V} was allowed by an old rule.
Remote session was opened from {V}.
## item_CARD
The customer pasted their full card number in chat: {V}.
The card on the failed payment is {V}, please purge it from the logs.
Card used for the refund: {V}
Our log scrubber missed this one: card {V}.
Found {V} in plain text in a support ticket attachment.
Corporate card for the cloud bill is {V}.
The export contained a full PAN, {V}, which should never happen.
He read the card out on the call, {V}.
Charge on {V} was declined with {err}.
The masked field was not masked: {V}
## item_ID
Their {IDL} is {V}.
{IDL}: {V}
For the background check HR needs {IDL} {V}.
The form still shows {V} in the {IDL} field.
He typed {V} into the wrong field, that is his {IDL}.
Number from the customer's ID: {V}
Payout account on file: {V}.
The KYC export contained {V} next to the name.
Please verify {V} before we release the payment.
Tax id for the contractor invoice: {V}
## item_BANK
Payout account on file: {V}.
Please pay the contractor into {IDL} {V}.
Bank details from the form: {IDL} {V}
Salary account for the new hire is {V}.
The refund goes to their {IDL} {V}, confirmed on the call.
The remittance file had {V} in the wrong column.
Mobile money is not an option for them, use {IDL} {V}.
Their finance team sent {V} as the settlement account.
Account {V} failed the name check, please call the supplier.
Transfer the deposit to {V} by {date}.
## item_PERSON
Our contact at {place} is {V}.
The customer, {V}, called support three times.
The ticket was raised by {V} from the client side.
Their account manager is {V}.
The courier contact is {V}.
Candidate for the contract role: {V}.
The auditor, {V}, wants the logs by Friday.
The user in question is {V}.
The supplier's director, {V}, signed the form.
{V} from the vendor confirmed the fix.
Delivery must be signed for by {V}.
## item_MEMBER
Thanks to {V} for staying late on this.
{V} is primary on-call this week.
Shout out to {V} who found the root cause.
{V} owns the follow-up actions.
Ping {V} if the dashboard looks off.
Reviewed by {V}, approved with nits.
{V} will run the retro.
Pairing with {V} on the migration tomorrow.
Handing over to {V} for the night.
Escalate to {V} after the first page.
## item_ADDRESS
Please ship the replacement laptop to {V}.
Hardware delivery address: {V}
The customer's billing address is {V}.
The contractor works from home at {V}.
Return label should be printed for {V}.
Courier will pick up the old monitors at {V}.
She asked for the docking station to go to {V}.
Registered address on the supplier form: {V}
The signed contract goes by post to {V}.
The ticket says the router is installed at {V}.
## aside
For context, this started after the Tuesday deploy.
Some background first.
Long story short, it was the cache.
To be clear, nothing was breached.
Timeline is approximate.
Not ideal, but manageable.
This one surprised all of us.
We caught it before most customers noticed.
Apologies if this is a repeat for some of you.
The short version is below, the long version is in the doc.
Yes, it was DNS again.
Nobody was paged, which is part of the problem.
I double-checked this with the owning team.
The fix is already merged.
Mitigation first, root cause second.
Still waiting on the vendor for a reply.
This is not urgent, but it is important.
Leaving this here for future searches.
FYI only, no action needed.
We are not blocked anymore.
## close
Let me know if anything is unclear.
Questions in the thread please.
Thanks all, great teamwork.
I will update this post when we know more.
Feel free to correct anything I got wrong.
More details in the retro doc.
That is all for now.
Happy to pair on this if someone wants.
Please react once you have read it.
Next update after the standup.
We will revisit this in the next planning.
Cheers, and sorry for the long post.
Let us keep the discussion in one thread.
Have a calm shift everyone.
No action needed from most of you.
Ping me directly if it is urgent.
I'll close the ticket at the end of the week.
Docs will follow.
Thanks for the patience.
Back to the backlog.
Ask in the channel rather than in private messages.
I will share the slides afterwards.
Nothing else from my side.
Apologies for the noise yesterday.
Good luck with the release.
## plain
The root cause was a missing timeout on an internal call.
Nobody lost data, which is the main thing.
We are adding an alert for this exact failure mode.
The runbook was out of date and we have fixed it.
Please stop sharing credentials in chat, use the vault.
The staging environment is back to normal.
We will move the weekly sync to the afternoon.
Dashboards now load noticeably faster.
The flaky test has been quarantined until someone rewrites it.
Our retry logic made the outage worse, lesson learned.
The new linter rules apply from next sprint.
Please add a description to every pull request.
Remember to rotate your access keys this month.
The vendor portal is down for maintenance over the weekend.
Procurement asked for fewer one-off purchases.
The helpdesk queue is finally under control.
Laptop refresh requests go through the service catalogue now.
We are deprecating the old reporting database.
The schema change went through without downtime.
Write-ups should focus on systems, not on people.
The load test showed a bottleneck in the cache layer.
Feature flags are now cleaned up automatically.
We moved the nightly jobs off the shared runner.
The incident channel is archived after each review.
Please tag your tickets with the owning team.
Alert fatigue is real, so we removed the noisiest alerts.
The data catalogue now shows column owners.
Support macros were rewritten in plainer language.
We switched the status page provider.
Backups are tested by restoring them, not by hoping.
The handover template now has a section for open risks.
Config changes need a second pair of eyes from now on.
The logging library masks secrets by default now.
We learned that the failover path was never exercised.
Ownership of the billing service is finally clear.
Onboarding new suppliers takes too long, we are simplifying the form.
Expect a short freeze before the holidays.
Most of the noise came from a single misbehaving client.
The retro produced a short and realistic list of actions.
Monitoring coverage for the batch jobs is still thin.
The migration guide is in the wiki.
Capacity planning starts next month.
The service desk now works in two shifts.
Slow queries were the real problem, not the network.
We documented the escalation path in plain words.
Please keep customer data out of screenshots.
Vendor invoices are now approved in the finance tool.
Our deploys are now small and boring, as they should be.
Tracing is enabled for all new services.
Thanks to everyone who joined the game day.
## flavour_en_IN
Hi team,
Kindly do the needful.
Please revert if any queries.
Hope everyone is doing well.
## flavour_en_GH
Hello all, good morning.
Chale, long week.
Please, take note.
God bless the on-call team.
## flavour_en_UG
Greetings team,
Webale nnyo for the support.
Oli otya, everyone?
Kindly note the following.
## flavour_en_US
Hey folks,
Quick one from me:
## label_PERSON
Name
Contact person
## label_MEMBER
Owner
## label_EMAIL
Email
## label_PHONE
Phone
Mobile
## label_ADDRESS
Delivery address
## label_IBAN
IBAN
## label_ID
Tax/ID number
## label_URL
Website
## label_IP
Source IP
## label_CARD
Card number
"""
