"""English templates of the fiftieth set: IT help desk, on-call, SaaS billing, device and access
work. {x} is the item, {cue} an id's cue word, {L} a look-alike. Shared by the five English
locales and by the English half of the Welsh offices' posts."""

from __future__ import annotations

EN = {
    "EMAIL": [
        "Password reset link went to {x} instead of the new mailbox.",
        "Please add {x} to the on-call distribution list.",
        "MFA prompts keep bouncing for {x}, can someone on L2 look?",
        "Licence reassigned; confirmation sent to {x}.",
        "The contractor's invoice came from {x}, which is not on the approved vendor list.",
        "Forwarding rule on {x} was exfiltrating mail to a personal box; disabled it.",
        "Erasure request received from {x}; clock starts today.",
        "Can you whitelist {x} for the SSO pilot?",
    ],
    "PHONE": [
        "Caller rang from {x} about the locked account; verified with the usual questions.",
        "Out of hours, escalate to {x}.",
        "New SIM is active, number {x}, please update the MFA backup method.",
        "Courier will ring {x} before collecting the laptop.",
        "The vendor's account manager can be reached on {x}.",
        "Voicemail left on {x} about the overdue device return.",
        "She asked us to text the one-time code to {x} instead of the old mobile.",
    ],
    "URL": [
        "His portfolio at {x} still embeds our staging API key, please ask him to rotate it.",
        "The freelancer's site {x} is on our allow-list now.",
        "Onboarding notes point contractors to {x} for the SSH key; is that right?",
        "Booked the hand-over through {x}.",
        "Her public repo {x} contains the old .env file, raised with security.",
        "Access request references {x} as the applicant's profile.",
    ],
    "IP": [
        "Repeated failed logins from {x} triggered the lockout.",
        "VPN session from {x} was terminated at 02:14.",
        "Her home router shows as {x} in the conditional-access log.",
        "Please unblock {x}, it is the contractor's static address.",
        "RDP attempts against the jump host came from {x}.",
        "The user's laptop last checked in from {x}.",
    ],
    "CARD": [
        "Subscription renewal failed on card {x}; the customer wants us to retry.",
        "Customer pasted the full card number {x} into the ticket, please scrub it.",
        "Chargeback raised against {x} for the annual plan.",
        "Billing changed the default payment method to {x}.",
        "Refund of the duplicate seat charge goes back to {x}.",
    ],
    "IBAN": [
        "Contractor's payout account is {x}.",
        "Refund for the cancelled SaaS seats goes to {x}.",
        "Vendor onboarding form lists {x} as the settlement account.",
        "Please confirm {x} by phone before finance pays the first invoice.",
        "Direct debit mandate updated to {x}.",
    ],
    "ID": [
        "Identity verified against {cue} {x} before the reset.",
        "Background check for the contractor used {cue} {x}.",
        "The erasure request came with a scan showing {cue} {x}, which we should not have kept.",
        "HR sent {cue} {x} in plain text; moved it to the vault.",
        "Payroll system rejected {cue} {x} on the new starter form.",
    ],
    "ID_BARE": [
        "Verified the caller with {x} and the date of birth.",
        "Contractor record updated: {x}.",
        "Attachment shows {x}, redact before the audit export.",
        "Remove {x} from the shared spreadsheet, it should never be there.",
    ],
    "PERSON": [
        "{x} from the auditors needs read-only access until Friday.",
        "Contractor {x} starts Monday and needs a laptop and a badge.",
        "The vendor's engineer, {x}, will be on site for the firewall swap.",
        "Access request for {x} was approved by the line manager.",
        "Laptop returned by {x}, wiped and re-imaged.",
        "Subject access request from {x}, a former customer.",
        "Locked out again: {x}, third time this week.",
        "Please offboard {x}; last day was yesterday.",
        "Spoke to {x} at the reseller about the duplicate invoice.",
    ],
    "MEMBER": [
        "{x} is on call this week.",
        "Handing over to {x} for the night shift.",
        "Assigned to {x}.",
        "{x} approved the access request.",
        "Thanks {x} for picking up the P1 so fast.",
        "Ping {x} if the backup job fails again.",
        "Cc {x}, who owns the billing integration.",
        "{x} will run the incident review on Thursday.",
    ],
    "POSS": [
        "{x} laptop is back from repair.",
        "Re-enrolled {x} phone in the MDM.",
        "{x} account was locked after the password spray.",
        "Moved {x} mailbox to the new tenant.",
    ],
    "ADDRESS": [
        "Please ship the replacement laptop to {x}.",
        "Returns label printed for {x}.",
        "Contractor's billing address: {x}.",
        "Courier collects the old monitor from {x}.",
        "Invoice address on the SaaS account is still {x}.",
        "Send the YubiKey to {x}, she works from home now.",
    ],
}

EN_LABELS = {
    "EMAIL": ["Email", "Requester email", "Contact", "E-mail"],
    "PHONE": ["Phone", "Callback number", "Mobile", "Tel"],
    "URL": ["Profile", "Website", "Link"],
    "IP": ["Source IP", "Client IP", "Last seen from"],
    "CARD": ["Card", "Payment card", "Card number"],
    "IBAN": ["IBAN", "Bank account (IBAN)", "Payout IBAN"],
    "ID": ["ID number", "Document no.", "Identifier"],
    "PERSON": ["Requester", "Contractor", "Caller", "Name"],
    "MEMBER": ["Assignee", "Owner", "On call", "Approver"],
    "ADDRESS": ["Ship to", "Address", "Delivery address", "Billing address"],
}

EN_FILLERS = [
    "Ticket {L:ticket} is still open.",
    "Root cause was an expired certificate on the load balancer.",
    "Closing this one, please reopen if it happens again.",
    "Replacement ordered under {L:order}.",
    "The SSO outage lasted about forty minutes.",
    "Finance wants the credit note against {L:invoice}.",
    "Nothing else in the queue for tonight.",
    "Patch window moved to {L:when}.",
    "Monitoring is green again.",
    "The renewal quote came to {L:money}.",
    "Asset tag {L:serial} has been retired.",
    "Spare chargers are in the second drawer.",
    "Post-incident review notes are in the wiki.",
    "Vendor confirmed the fix ships in {L:version}.",
    "Please do not reply-all to the outage mail.",
    "Docking station model {L:part} is back in stock.",
    "Backups completed at {L:when}.",
    "Spec on the replacement: {L:measure}.",
    "Reference for the chargeback: {L:ticket}.",
    "Procurement went with {L:company} for the headsets.",
]

EN_LOOK_FRAMES = {
    "ref": ["Ref {L}.", "See {L}.", "Logged as {L}.", "Linked to {L}.", "Tracking under {L}."],
    "when": ["Due {L}.", "Scheduled for {L}.", "Last seen {L}.", "Window: {L}."],
    "money": ["Total {L}.", "Credit of {L} agreed.", "Quoted at {L}."],
    "measure": ["Spec: {L}.", "It needs {L}.", "Measured {L}."],
    "company": ["Supplier: {L}.", "Ordered via {L}.", "Went through {L}."],
    "place": ["Meeting in {L}.", "Hand-over held in {L}."],
    "word": ['Option "{L}" selected.', 'The "{L}" button is greyed out.'],
}

EN_OPENERS = ["Quick update:", "FYI", "Hand-over note.", "Morning all,", "Status:", "Heads up,",
              "Incident summary.", "Re: access request", "Summary from the bridge call:", ""]
EN_CLOSERS = ["Thanks.", "Cheers.", "Will update the ticket.", "Shout if anything breaks.",
              "That's all for now.", "Closing the loop.", ""]
EN_GREET = ["Hi team,", "Hello,", "Hi all,", "Dear colleagues,", "Good afternoon,"]
EN_SIGNOFF = ["Kind regards,", "Best,", "Thanks,", "Regards,", "Many thanks,"]
EN_SUBJECTS = ["Subject: Laptop return", "Subject: Access request", "Subject: Account locked",
               "Subject: Billing dispute on annual plan", "Subject: Vendor onboarding",
               "Subject: Data erasure request", "Subject: On-call hand-over"]
EN_REPLIES = ["+1, agreed.", "Done.", "On it.", "Confirmed from my side.", "Thanks, closing.",
              "Can we get this in writing?", "Escalating."]
EN_TITLES = ["Service desk form", "Access request", "Device return", "Incident record",
             "Vendor onboarding checklist", "Billing dispute"]
EN_ID_CUES = {
    "ssn": ["SSN", "Social Security number"], "passport": ["passport", "passport no."],
    "bank": ["routing/account", "bank details"], "licence": ["driver's license"],
    "ni": ["NI number", "National Insurance no."], "nhs": ["NHS number"],
    "aadhaar": ["Aadhaar", "Aadhaar no."], "pan": ["PAN", "PAN card"],
    "gi_id": ["Gibraltar ID card", "ID card no."], "gi_ss": ["social insurance no."],
}

# Locale flavour: sentences only that locale writes (PII-free; may hold {L}).
LOCAL_FILLERS = {
    "en_US": ["Per the SOC 2 auditors, keep the evidence for a year.",
              "Hardware refresh budget resets in Q3.", "Y'all, please stop sharing passwords."],
    "en_GB": ["The courier has been a nightmare this week.",
              "Cheers for sorting the VPN, much appreciated.", "Kettle's on if anyone's in."],
    "en_IN": ["Kindly do the needful and close the ticket.", "PFA the asset list for {L:when}.",
              "Please revert by EOD with the laptop status.",
              "Same issue was there yesterday also."],
    "en_GI": ["Vale, I'll chase the frontier courier tomorrow.",
              "The queue at the frontier made the engineer late again.",
              "Mira, the printer on the second floor is dead again."],
    "en_IM": ["Manx Radio mentioned the outage, so expect calls.",
              "Boat's cancelled, so the hardware arrives Thursday.",
              "Government offices close early for Tynwald Day."],
    "cy_GB": ["The bilingual login page is live now.", "Welsh-language strings still need review."],
}

TEXT = {
    "clauses": EN, "labels": EN_LABELS, "fillers": EN_FILLERS, "frames": EN_LOOK_FRAMES,
    "openers": EN_OPENERS, "closers": EN_CLOSERS, "greet": EN_GREET, "signoff": EN_SIGNOFF,
    "subjects": EN_SUBJECTS, "replies": EN_REPLIES, "titles": EN_TITLES, "id_cues": EN_ID_CUES,
}
