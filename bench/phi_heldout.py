# SPDX-License-Identifier: MIT
# phi_heldout.py — a HELD-OUT narrative and nursing PHI set for issue #21,
# written after the tuned sets (bench/phi_sets.py) and apart from them, and
# committed before any tuning against it: never tune against it. It
# differs from phi_sets.py on purpose:
#   - names come from another source than the scanner's lexicon (which is
#     built from Text::Names, propernames and wamerican): Data::Faker's
#     lists (Debian's libdata-faker-perl, read here at run time, nothing
#     copied), whose surnames are mostly not census names;
#   - other sentence templates and generators: names alone with no cue,
#     lists of surnames, names in lower case, inverted "Last, First",
#     signatures and greetings, cc lines, names inside clinical shorthand;
#   - other towns, facilities, date and identifier forms;
#   - hard negatives of another kind: names that are common words ("will",
#     "mark", "bill", "grace"), eponyms, brand-name drugs, devices, scores,
#     weekdays and months alone, Title Case headings.
# Every item is (text, gold, ignore) as in phi_sets.py; gold categories are
# NAME/<how> (full, alone, list, lower, inverted, sign), DATE, PLACE, ID,
# AGE, so the bench can report name recall per kind.
import random
import re
import sys

from phi_sets import Builder

FAKER_NAME_PM = "/usr/share/perl5/Data/Faker/Name.pm"


def _faker_lists():
    try:
        with open(FAKER_NAME_PM, encoding="utf-8") as f:
            src = f.read()
    except OSError:
        raise SystemExit("bench/phi_heldout.py needs %s: install the Debian "
                         "package libdata-faker-perl" % FAKER_NAME_PM)
    def grab(key):
        m = re.search(key + r"\s*=>\s*\[qw\((.*?)\)\]", src, re.S)
        if not m:
            raise SystemExit("%s: no %s list (not the Data::Faker this was "
                             "written for)" % (FAKER_NAME_PM, key))
        return [w for w in m.group(1).split() if w.isalpha()]
    return grab("first_name"), grab("last_name")


FIRST, LAST = None, None

# Towns and cities (smaller than a state: Safe Harbor places), facilities.
TOWNS = [("Kalamazoo", "MI"), ("Poughkeepsie", "NY"), ("Muncie", "IN"),
         ("Oshkosh", "WI"), ("Tupelo", "MS"), ("Bozeman", "MT"),
         ("Sandusky", "OH"), ("Lubbock", "TX"), ("Chillicothe", "OH"),
         ("Paducah", "KY"), ("Yakima", "WA"), ("Wichita", "KS"),
         ("Albany", "GA"), ("Cheyenne", "WY"), ("Hattiesburg", "MS"),
         ("Missoula", "MT"), ("Roanoke", "VA"), ("Gainesville", "FL"),
         ("Bend", "OR"), ("Ithaca", "NY"), ("Joplin", "MO"), ("Laredo", "TX")]
FAC_HEAD = ["Saint Agnes", "Holy Cross", "Mountain View", "Valley Regional",
            "Bayside", "Ridgeway", "Lutheran", "Presbyterian", "Mercywood",
            "Fox Chase", "Brightwater", "Silver Lake", "Redstone", "Oakhurst"]
FAC_TAIL = ["Hospital", "Medical Center", "Clinic", "Health Center",
            "Rehab Center", "Surgical Center", "Nursing Home", "Hospice",
            "Cancer Center", "Family Medicine"]
ROADS = ["Birch", "Willow", "Poplar", "Chestnut", "Magnolia", "Dogwood",
         "Hickory", "Walnut", "Sycamore", "Juniper"]
RTYPE = ["St.", "Street", "Ave.", "Avenue", "Rd", "Road", "Blvd", "Lane",
         "Court", "Place"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
       "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July",
         "August", "September", "October", "November", "December"]


B = Builder   # the same labelled-text builder as phi_sets.py


def first(rng):
    return rng.choice(FIRST)


def last(rng):
    return rng.choice(LAST)


def facility(rng):
    return "%s %s" % (rng.choice(FAC_HEAD), rng.choice(FAC_TAIL))


def date(rng, year=True):
    y, m, d = rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
    forms = ["%d-%d-%d" % (m, d, y), "%s %d %d" % (MON[m - 1], d, y),
             "%s %d" % (MONTH[m - 1], d), "%d.%d.%d" % (m, d, y % 100),
             "%02d/%02d/%d" % (m, d, y), "%s %dth" % (MONTH[m - 1], d)
             if d > 3 and d < 21 else "%s %d" % (MONTH[m - 1], d),
             "%d/%d" % (m, d), "%d/%d" % (m, d), "%d %s" % (d, MONTH[m - 1]),
             "%s, %s %d" % (rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]),
                            MON[m - 1], d)]
    if not year:
        forms = [f for f in forms if str(y) not in f] or ["%d/%d" % (m, d)]
    return rng.choice(forms)


def ident(rng):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    return rng.choice([("chart # ", d(6)), ("MRN: ", d(8)), ("mrn ", d(7)),
                       ("acct no. ", d(9)), ("Member ID: ", "XK" + d(7)),
                       ("pager ", d(5)), ("Medical record #", d(6)),
                       ("account # ", d(8))])


# ---- narrative held-out -------------------------------------------------

def _narr(rng):
    b = B()
    k = rng.randrange(12)
    if k == 0:    # a name alone, sentence start, no cue
        b.add(first(rng), "NAME/alone")
        b.add(rng.choice([" came back to the clinic on ", " had her labs drawn ",
                          " was discharged ", " missed the follow-up on "]))
        b.add(date(rng), "DATE")
        b.add(rng.choice([" and still reports dizziness.", ". Keep or stop the beta blocker?",
                          "; what would you change?"]))
    elif k == 1:  # surname list of a care team
        b.add(rng.choice(["Care team: ", "Attendings this week: ", "Covering: ",
                          "On the case were "]))
        n = rng.randint(2, 4)
        for i in range(n):
            b.add(last(rng), "NAME/list")
            b.add(", " if i < n - 2 else (" and " if i == n - 2 else ""))
        b.add(rng.choice([". Any of them can sign.", ". Please route questions there.", "."]))
    elif k == 2:  # lower case, with a strong cue
        b.add(rng.choice(["talked to ", "spoke w/ ", "pt's wife ", "his daughter ",
                          "called dr ", "msg from "]))
        b.add(("%s %s" % (first(rng), last(rng))).lower(), "NAME/lower")
        b.add(rng.choice([" about the bill for the visit on ", ", re: procedure on ",
                          " who says the surgery was "]))
        b.add(date(rng), "DATE")
        b.add(".")
    elif k == 3:  # inverted with a birth date
        b.add(rng.choice(["Re: ", "Patient ", "Subject: ", ""]))
        b.add("%s, %s" % (last(rng), first(rng)), "NAME/inverted")
        pre, post = rng.choice([(" (DOB ", ") needs a prior auth."),
                                (" born ", " - records requested."), (", b. ", ".")])
        b.add(pre).add(date(rng), "DATE").add(post)
    elif k == 4:  # e-mail with greeting and signature
        b.add(rng.choice(["Hey ", "Hi ", "Good morning ", "Dear "]))
        b.add(first(rng), "NAME/sign")
        b.add(rng.choice([",\n", "!\n", " -\n"]))
        pre, post = rng.choice([("Just checking whether my results from ", " came in?\n"),
                                ("Can you resend the note from my visit on ",
                                 " to my new insurer?\n")])
        b.add(pre).add(date(rng), "DATE").add(post)
        b.add(rng.choice(["Thank you so much,\n", "Best wishes,\n", "-- \n", "Warmly,\n"]))
        b.add("%s %s" % (first(rng), last(rng)), "NAME/sign")
        b.add("\n")
    elif k == 5:  # full name mid-sentence, no title
        b.add(rng.choice(["We saw ", "Consult requested for ", "Follow-up for ",
                          "Reminder: "]))
        b.add("%s %s" % (first(rng), last(rng)), "NAME/full")
        b.add(rng.choice([" at ", " over at ", ", transferred from "]))
        b.add(facility(rng), "PLACE")
        b.add(" on ")
        b.add(date(rng), "DATE")
        b.add(".")
    elif k == 6:  # town + street address
        b.add(rng.choice(["She moved to ", "He lives in ", "Family is from ",
                          "Home health will visit her in "]))
        t, s = rng.choice(TOWNS)
        if rng.random() < 0.5:
            b.add("%s, %s" % (t, s), "PLACE")
        else:
            b.add(t, "PLACE")
        b.add(rng.choice([". Address on file: ", "; new address "]))
        b.add("%d %s %s" % (rng.randint(2, 9800), rng.choice(ROADS), rng.choice(RTYPE)), "PLACE")
        b.add(".")
    elif k == 7:  # identifiers in prose
        p, v = ident(rng)
        b.add(rng.choice(["Please update ", "Fix the claim for ", "Typo in "]))
        b.add(p).add(v, "ID")
        b.add(rng.choice([" - the name is ", " (patient "]))
        b.add("%s %s" % (first(rng), last(rng)), "NAME/full")
        b.add(rng.choice([".", ")."]))
    elif k == 8:  # age over 89 and an admission
        age = rng.randint(90, 101)
        b.add(rng.choice(["%d y.o. " % age, "aged %d, " % age, "%d-yr-old " % age]), "AGE")
        b.add(rng.choice(["man admitted ", "woman seen ", "widow brought in "]))
        b.add(date(rng), "DATE")
        b.add(" by her nephew ")
        b.add(first(rng), "NAME/alone")
        b.add(".")
    elif k == 9:  # cc line and a role after the name
        b.add("cc: ")
        b.add("%s %s" % (first(rng), last(rng)), "NAME/full")
        b.add(rng.choice([", RN", ", PA-C", ", MD", " (case manager)"]))
        b.add("; visit ")
        b.add(date(rng), "DATE")
        b.add(".")
    elif k == 10:  # first name alone, mid-sentence, object of a verb
        b.add(rng.choice(["I told ", "Can you call ", "Please remind ", "We gave "]))
        b.add(first(rng), "NAME/alone")
        b.add(rng.choice([" that the MRI is ", " her appointment is ", " the refill on "]))
        b.add(date(rng, year=False), "DATE")
        b.add(".")
    else:         # surname with a title, in capitals or not
        b.add(rng.choice(["per DR ", "Dr ", "Prof. ", "nurse ", "Ms "]))
        b.add(last(rng), "NAME/full")
        b.add(rng.choice([", the scan at ", ", admitted to "]))
        b.add(facility(rng), "PLACE")
        b.add(" ")
        b.add(date(rng), "DATE")
        b.add(" was normal.")
    text, gold, ign = b.item()
    if rng.random() < 0.08:
        text = text.lower()
    return text, gold, ign


NEG = [
    "Will the patient need a bridging dose before the procedure?",
    "Mark the incision site before the patient goes to the OR.",
    "Bill the second visit under the global period?",
    "Is there a grace period for refilling Xarelto after a missed dose?",
    "Patient Portal Login: reset steps for staff",
    "Humira versus Stelara for moderate Crohn disease: which first?",
    "Whipple procedure recovery: typical drain removal day?",
    "Swan-Ganz readings: PCWP 18, CI 2.1. Diurese?",
    "Glasgow Coma Scale 13 on arrival, now 15. Repeat CT?",
    "Is a Foley needed for a 3-hour case under spinal?",
    "Appointments are closed on Mondays in August.",
    "Tuesday clinic moves to the second floor in March.",
    "Hope you are well. Can the team share the Addison disease handout?",
    "Sjogren syndrome workup: SSA/SSB, then what?",
    "Brand names: Eliquis, Jardiance, Ozempic, Trulicity; generics preferred.",
    "Ask Pharmacy whether Lantus pens can be split between patients (no).",
    "Best Practices For Fall Prevention In Long Term Care",
    "Virtual Care Visit Checklist And Camera Tips",
    "Max dose of Tylenol in a 60 kg adult with mild cirrhosis?",
    "Use the Wells criteria, then D-dimer if low risk.",
    "Grant funding for the diabetes program ends in 2025.",
    "Hunter syndrome and Hurler syndrome: enzyme therapy differences?",
    "Heberden nodes on exam, Bouchard nodes absent: OA or RA?",
    "After the May update, the Epic order set lost the heparin default.",
    "Who covers call on Christmas Eve this year?",
    "Baker cyst on ultrasound, no DVT. Aspirate?",
    "Apply the Ottawa ankle rules before ordering films.",
    "Please sign the consent form in the Patient Forms section.",
    "Pt feels better today; Dr will review labs later.",
    "Sunny and warm, so the outdoor walk group meets at 10.",
    "Stevens-Johnson after lamotrigine: restart ever?",
    "Lyme disease prophylaxis: doxycycline 200 mg once?",
    "Homer sign? No, Horner syndrome: ptosis, miosis, anhidrosis.",
    "Rich diet history; counsel on sodium.",
    "Faith-based support groups are listed on the resources page.",
    "Joy and Hope are the names of the two therapy dogs' programs.",
    "Reading Room hours change during the holidays.",
    "CHADS-VASc 4, HAS-BLED 2: anticoagulate?",
    "Version 3.12.1 of the app fixes the login loop.",
    "Press Ganey scores dropped in Q3; any ideas?",
]


def narrative_items(n_pos=600, n_neg=200, seed=31):
    global FIRST, LAST
    FIRST, LAST = _faker_lists()
    rng = random.Random(seed)
    pos = [_narr(rng) for _ in range(n_pos)]
    neg = []
    for _ in range(n_neg):
        t = rng.choice(NEG)
        r = rng.random()
        t = t.upper() if r < 0.1 else t.lower() if r < 0.2 else t
        neg.append((t, [], []))
    return pos, neg


# ---- nursing held-out ---------------------------------------------------

CLIN = ["resp: lungs coarse, sx'd for thick tan secretions.",
        "neuro: opens eyes to voice, follows simple commands.",
        "cv: sinus tach 110s, lopressor 5 iv given with effect.",
        "gi: tolerating clears, bs hypoactive.",
        "skin: stage 2 to coccyx, mepilex applied.",
        "PAIN 4/10, MORPHINE 2 MG IV X1.",
        "I/O: 1200/850. LASIX 20 IV GIVEN.",
        "ABG 7.38/42/88 ON 40%.",
        "T 37.9, HR 96, RR 18, SAT 95% 3L.",
        "Foley d/c'd, voided x2.",
        "MS clear this shift, MR unchanged on echo.",
        "Plan: wean sedation, SBT in am."]


def _nurse(rng, b, caps):
    C = (lambda s: s.upper()) if caps else (lambda s: s)
    k = rng.randrange(9)
    if k == 0:
        b.add(C(rng.choice(["wife ", "son ", "dtr ", "niece ", "bro "])))
        b.add(C(first(rng).lower() if not caps else first(rng)), "NAME/lower")
        b.add(C(rng.choice([" visited, updated on plan.", " called x2.",
                            " at bedside overnight."])))
    elif k == 1:
        b.add(C(rng.choice(["md aware (", "paged dr ", "np "])))
        b.add(C(last(rng)), "NAME/full")
        b.add(C(rng.choice([").", ", no new orders.", " re: k 3.1."])))
    elif k == 2:
        b.add(C("d/c to ")).add(C(facility(rng)), "PLACE").add(C(" "))
        b.add(date(rng, year=False), "DATE").add(".")
    elif k == 3:
        b.add(C("fam mtg ")).add(date(rng, year=False), "DATE")
        b.add(C(" w/ "))
        b.add(C("%s %s" % (first(rng), last(rng))), "NAME/full")
        b.add(C(" (sw)."))
    elif k == 4:
        b.add(C("RN: ")).add(C("%s. %s" % (first(rng)[0], last(rng))), "NAME/full")
        b.add(C(" / beeper ")).add("%d%03d" % (rng.randint(1, 9), rng.randint(0, 999)), "ID")
    elif k == 5:
        b.add(C("HCP is ")).add(C(first(rng)), "NAME/alone")
        b.add(C(" ("), ).add(C(rng.choice(["sister", "partner", "friend"])))
        b.add(C("), lives in "))
        t, _ = rng.choice(TOWNS)
        b.add(C(t), "PLACE").add(C("."))
    elif k == 6:
        b.add(C("adm ")).add(date(rng, year=False), "DATE")
        b.add(C(" from ")).add(C(facility(rng)), "PLACE").add(C(" ED."))
    elif k == 7:
        b.add(C("mrn ")).add("%08d" % rng.randint(0, 99999999), "ID")
        b.add(C(" verified w/ pt."))
    else:
        b.add(C("covering: ")).add(C(last(rng)), "NAME/list").add(C(" / "))
        b.add(C(last(rng)), "NAME/list").add(C("."))


def notes(rng, n, caps_p, lines, cue_p, clin, nurse):
    """n notes of clinical lines (clin, in capitals with probability
    caps_p), each line followed with probability cue_p by nurse(rng, b,
    caps); lines = (fewest, most) per note. Shared with phi_heldout2.py."""
    out = []
    for _ in range(n):
        b = B()
        caps = rng.random() < caps_p
        for _ in range(rng.randint(*lines)):
            c = rng.choice(clin)
            b.add((c.upper() if caps else c) + " ")
            if rng.random() < cue_p:
                nurse(rng, b, caps)
                b.add(" ")
        b.add("\n")
        out.append(b.item())
    return out


def nursing_items(n=300, seed=37):
    global FIRST, LAST
    FIRST, LAST = _faker_lists()
    return notes(random.Random(seed), n, 0.4, (1, 3), 0.7, CLIN, _nurse)


def show(mod):
    """python3 bench/<set>.py [N]: the first N narrative items."""
    import sys
    pos, _ = mod.narrative_items()
    for t, g, _ in pos[:int(sys.argv[1]) if len(sys.argv) > 1 else 5]:
        print(repr(t), g)


if __name__ == "__main__":
    show(sys.modules[__name__])
