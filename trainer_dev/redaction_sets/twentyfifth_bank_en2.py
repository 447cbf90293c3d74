"""More English phrase pieces, merged into twentyfifth_bank_en (kept apart for file length)."""

from .twentyfifth_core import lines

MORE_OPEN = {
    "anniversary": ["Ten years, three office moves, one team: time for a small thank you."],
    "promotion": ["Sometimes the promotion lands exactly when you've stopped waiting for it."],
    "farewell": ["Today we say goodbye, and there will be music."],
    "alumni": ["The old colleagues' lunch finally has a date."],
    "sports": ["Who's running with us? The city relay still needs teams."],
    "fundraising": ["We're collecting toiletries for the women's refuge until month end."],
    "mentoring": ["We're matching mentoring pairs, and the deadline is close."],
    "meetup": ["Important for anyone coming to Wednesday's session."],
}
MORE_SLOT = {
    "MEMBER": ["{v:poss} speech had everyone in stitches.",
               "Loved reading {v:poss} reflection on ten years here.",
               "So good to have {v} back with us.", "Hats off to {v}!",
               "{v} is bringing the cake, everyone else drinks."],
    "PERSON": ["The cup still carries {v:poss} name.",
               "The speech will be given by {v} from the union.",
               "The running group was started years ago by {v}."],
    "EMAIL": ["Questions about getting there: {v}"],
    "PHONE": ["Emergency number on the day: {v}"],
    "ADDRESS": ["We've moved, from now on: {v}"],
    "ID": ["Number for the club's volunteer file: {v}", "{v}, in case anyone still needs it."],
    "BANK": ["Entry fees can go to {v}, put your name in the memo."],
}
MORE_MID = lines("""
    Anyone who wants can carry on at the pub afterwards.
    The venue is easy to reach by bus.
    Entry is free, donations welcome.
    There will be childcare on site.
    Please let us know if you can't make it after all.
    There are chairs, but not many.
    Everyone coming for the first time will get a warm welcome.
    We start on time, so aim to arrive a little early.
    No gifts please, a donation instead.
    Signing up doesn't commit you to anything.
""")
MORE_CLOSE = ["See you next week!", "We're counting on you.", "Warm regards."]
MORE_JM = ["Mi proud a unu, fi real.", "Everybody welcome, bring yuh likkle one dem.",
           "Tek time and come early, traffic bad."]
