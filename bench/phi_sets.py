# SPDX-License-Identifier: MIT
# phi_sets.py — labelled PHI sets bench/scan-accuracy generates (fixed
# seeds) for the narrative-text goals of issue #21:
#   narrative_items()   physician queries, patient e-mails, agent notes and
#                       articles with surrogate PHI, plus PHI-free clinical
#                       questions (hard negatives: abbreviations, eponyms,
#                       drug names, years, ages under 90, lab values);
#   nursing_items()     ICU-style nursing notes: ALL CAPS, abbreviations,
#                       dot-less titles, m/d dates, pagers, relatives;
#   helpcentre_items()  clean help-centre articles in the style of product
#                       help centres (navigation, cross-links, release
#                       notes, accessibility pages, integration how-tos,
#                       HL7/FHIR code samples, the organisation's contact
#                       details), which carry no PHI at all.
# Every item is (text, gold, ignore): gold is [(category, start, end)] in
# UTF-8 bytes with category NAME, DATE, PLACE, ID or AGE. The surrogate
# names, places and numbers are made up here, with no list taken from the
# scanner's lexicons (they come from Debian packages at build time), and
# include names those lexicons lack, so a cue must find them.
import random

FIRST = ["Anna", "James", "John", "Maria", "Liam", "Olivia", "Noah", "Emma",
         "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Joseph",
         "Nancy", "Thomas", "Betty", "Rich", "Philomena", "Dawn", "Mary",
         "Omar", "Priya", "Wei", "Aiyana", "Tadeo", "Marisol", "Bjorn",
         "Keisha", "Dmitri", "Imani", "Rafael", "Soo-jin", "Eamon", "Ingrid",
         "Thaddeus", "Yolanda", "Cormac", "Esperanza", "Lucius", "Nkechi",
         "Florian", "Hyacinth", "Anselm", "Zuleika", "George", "Helen",
         "Walter", "Ruth", "Frank", "Alice", "Henry", "Grace"]
LAST = ["Smith", "Johnson", "Lee", "Garcia", "Rizzo", "Souza", "Jessen",
        "Nguyen", "Okafor", "Kowalski", "Brennan", "Delacroix", "Haddad",
        "Lindqvist", "Moreau", "Petrov", "Yamamoto", "Castellano", "Abernathy",
        "Quintero", "Fairbanks", "Oyelaran", "Van Dyke", "O'Neill",
        "McAllister", "Ferreira", "Szabo", "Thornbury", "Achterberg",
        "Wexford", "Baptiste", "Iwasaki", "Marchetti", "Halvorsen",
        "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore",
        "Martin", "Clark", "Lewis", "Walker", "Young", "King", "Wright"]
FACILITY = ["Methodist Hospital", "St. Vincent's", "Mt. Sinai",
            "UCLA Medical Center", "Elm Clinic", "Mercy General Hospital",
            "CALVERT HOSPITAL", "Riverside Medical Center",
            "St. Luke's Hospital", "Lakeview Clinic", "Beth Israel",
            "Cedar Ridge Medical Center", "Hopewell Rehabilitation Center",
            "Good Samaritan Hospital", "Sutter Memorial", "Baptist Health",
            "Brookdale Nursing Home", "Northside Urgent Care",
            "Children's Hospital of Fairview", "Mass General",
            "Kessler Institute", "Parkland Memorial Hospital",
            "Pinecrest Family Practice", "Harborview Medical Center"]
TOWN = [("Baltimore", "MD"), ("Springfield", "IL"), ("Dayton", "OH"),
        ("Tacoma", "WA"), ("Fresno", "CA"), ("Bangor", "ME"),
        ("Waco", "TX"), ("Duluth", "MN"), ("Scranton", "PA"),
        ("Boise", "ID"), ("Macon", "GA"), ("Yonkers", "NY"),
        ("Pueblo", "CO"), ("Biloxi", "MS"), ("Topeka", "KS"),
        ("Asheville", "NC"), ("Eugene", "OR"), ("Flagstaff", "AZ")]
STREET = ["Oak", "Maple", "Elm", "Cedar", "Washington", "Lincoln",
          "Highland", "Sunset", "Franklin", "Jefferson", "Pine", "Lake"]
STYPE = ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard",
         "Lane", "Drive"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def ordinal(d):
    return "%d%s" % (d, "th" if 11 <= d <= 13 else
                     {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


class Builder:
    """Text with labelled pieces: add(text) or add(text, category)."""

    def __init__(self):
        self.parts = []
        self.gold = []
        self.n = 0

    def add(self, s, cat=None):
        b = len(s.encode())
        if cat:
            self.gold.append((cat, self.n, self.n + b))
        self.parts.append(s)
        self.n += b
        return self

    def item(self):
        return ("".join(self.parts), self.gold, [])


def case(rng, s, caps=False):
    return s.upper() if caps else s


def gen_date(rng, clinical=True):
    y = rng.randint(2015, 2024)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    mon = MONTHS[m - 1]
    forms = ["%s %d, %d" % (mon, d, y), "%s %s, %d" % (mon, ordinal(d), y),
             "%02d/%02d/%02d" % (m, d, y % 100), "%d %s %d" % (d, mon[:3], y),
             "%s %d, %d" % (mon[:3], d, y), "%d/%d/%d" % (m, d, y),
             "%d-%02d-%02d" % (y, m, d), "%s. %d, %d" % (mon[:3], d, y),
             "the %s of %s" % (ordinal(d), mon), "%s %d" % (mon, d),
             "%d %s %d" % (d, mon, y), "%s %s" % (mon[:3], ordinal(d))]
    if clinical:
        forms += ["%d/%d" % (m, d)] * 2
    return rng.choice(forms)


def gen_name(rng, style=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = style or rng.choice(["full", "initial", "full", "first", "last"])
    if style == "full":
        return "%s %s" % (f, l)
    if style == "initial":
        return "%s %s." % (f, l[0])
    if style == "first":
        return f
    return l


def gen_id(rng):
    """(prefix text, id value) with the label that makes it an identifier."""
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))
    return rng.choice([
        ("(ID: ", d(9), ")"), ("MRN ", "%s-%s" % (d(5), L(2)), ""),
        ("medical record number (MRN) is ", d(4), ""),
        ("MRN: ", d(7), ""), ("account number ", d(8), ""),
        ("acct #", d(7), ""), ("member ID ", "%s-%s" % (L(2), d(6)), ""),
        ("health plan ID ", L(3) + d(8), ""),
        ("license number ", L(1) + d(7), ""), ("licence no. ", d(8), ""),
        ("fax ", "%s/%s/%s" % (rng.choice("2345678") + d(2), rng.choice("2345678") + d(2), d(4)), ""),
        ("fax: (", "%s) %s-%s" % (rng.choice("2345678") + d(2), rng.choice("2345678") + d(2), d(4)), ""),
        ("Pager #", d(5), ""), ("beeper ", "%s-%s" % (d(1), d(4)), ""),
        ("pager ", d(4), ""), ("phone ", "%s/%s/%s" % (rng.choice("2345678") + d(2), rng.choice("2345678") + d(2), d(4)), ""),
        ("SSN ", rng.choice("1234567") + d(2) + rng.choice("123456789") + d(1) + rng.choice("123456789") + d(3), ""),
        ("policy number ", L(2) + d(7), ""), ("certificate no. ", d(6), ""),
        ("ID# ", d(7), ""),
    ])


# ---- narrative --------------------------------------------------------

def _narrative_positive(rng):
    b = Builder()
    kind = rng.randrange(7)
    nm = lambda style=None: gen_name(rng, style)
    title = lambda: rng.choice(["Mr. ", "Mrs. ", "Ms. ", "Mr ", "Mrs ", "MR. ",
                                "Dr. ", "Dr ", "dr. ", "Miss "])
    if kind == 0:   # physician query
        b.add(rng.choice(["I have a patient, ", "Looking for advice on a case like ",
                          "Question about ", "Consult: ", "Need input on "]))
        b.add(nm(rng.choice(["initial", "full"])), "NAME")
        b.add(rng.choice([", previously treated at ", ", seen at ", ", admitted to ",
                          ", transferred from ", " who was discharged from "]))
        b.add(rng.choice(FACILITY), "PLACE")
        b.add(rng.choice([" on ", " on ", " last seen ", " in "]))
        b.add(gen_date(rng), "DATE")
        b.add(rng.choice([", with recurrent AFib. What next?",
                          ". She has CKD 3 and HbA1c 8.2; rec mgmt?",
                          " for CHF exacerbation, EF 30%. Thoughts on SGLT2?",
                          ". Any experience with this presentation?"]))
    elif kind == 1:
        b.add(title())
        b.add(nm(rng.choice(["initial", "full", "last"])), "NAME")
        b.add(rng.choice([", operated at ", ", seen at ", ", followed at "]))
        b.add(rng.choice(FACILITY), "PLACE")
        b.add(rng.choice([" on ", " on "]))
        b.add(gen_date(rng), "DATE")
        if rng.random() < 0.6:
            p, v, sfx = gen_id(rng)
            b.add(" " + p).add(v, "ID").add(sfx)
        b.add(rng.choice([", now has persistent pain.", ". Advise on imaging?",
                          "; wound healing slowly."]))
    elif kind == 2:   # Rec mgmt of 70yo M w/ CHF, seen by Dr. John L. at ...
        age = rng.randint(30, 89)
        b.add("Rec mgmt of %dyo %s w/ %s, " % (age, rng.choice("MF"),
                                                rng.choice(["CHF", "COPD", "DM2", "HTN"])))
        b.add(rng.choice(["seen by ", "referred by ", "followed by ",
                          "evaluated by ", "managed by "]))
        if rng.random() < 0.7:
            b.add(rng.choice(["Dr. ", "Dr ", "dr "]))
        b.add(nm(rng.choice(["initial", "full"])), "NAME")
        b.add(" at ")
        b.add(rng.choice(FACILITY), "PLACE")
        b.add(" on ")
        b.add(gen_date(rng), "DATE")
        b.add(".")
    elif kind == 3:   # patient e-mail
        b.add(rng.choice(["Hello,\n", "Hi there,\n", "To whom it may concern,\n"]))
        b.add(rng.choice(["My ", "my "]))
        b.add(rng.choice(["son ", "daughter ", "husband ", "wife ", "mother ",
                          "father "]))
        b.add(nm("first"), "NAME")
        b.add(rng.choice([" had surgery on ", " was admitted on ", " was seen on ",
                          " has an appointment on "]))
        b.add(gen_date(rng), "DATE")
        b.add(" at ")
        b.add(rng.choice(FACILITY), "PLACE")
        b.add(rng.choice([" and we still have no results.",
                          ". Can someone call us?"]))
        if rng.random() < 0.5:
            b.add(" We live at ")
            town, st = rng.choice(TOWN)
            b.add("%d %s %s, %s, %s %05d" % (rng.randint(10, 9999), rng.choice(STREET),
                                             rng.choice(STYPE), town, st,
                                             rng.randint(10000, 99999)), "PLACE")
            b.add(".")
        b.add(rng.choice(["\nThanks,\n", "\nRegards,\n", "\nBest,\n", "\nSincerely,\n"]))
        b.add(nm("full"), "NAME")
        b.add("\n")
    elif kind == 4:   # agent note
        b.add(rng.choice(["Agent note: ", "Internal note - ", "Note: "]))
        b.add(rng.choice(["spoke with ", "called ", "talked to ", "left VM for "]))
        b.add(nm(rng.choice(["full", "full", "initial"])), "NAME")
        b.add(rng.choice([" re: bill for visit on ", " about the DOS ",
                          " regarding the procedure on "]))
        b.add(gen_date(rng), "DATE")
        b.add(". ")
        p, v, sfx = gen_id(rng)
        b.add(p[0].upper() + p[1:]).add(v, "ID").add(sfx)
        b.add(rng.choice([". Will follow up.", "; escalated to billing.",
                          ". Pt is from "]))
        if b.parts[-1].endswith("from "):
            town, st = rng.choice(TOWN)
            if rng.random() < 0.5:
                b.add(town, "PLACE")
            else:
                b.add("%s, %s" % (town, st), "PLACE")
            b.add(".")
    elif kind == 5:   # article-style case study
        age = rng.randint(90, 104)
        b.add("Case study: a ")
        b.add(rng.choice(["%d-year-old" % age, "%d year old" % age, "%d yo" % age]), "AGE")
        b.add(" woman from ")
        town, st = rng.choice(TOWN)
        b.add(town, "PLACE")
        b.add(rng.choice([" presented to ", " was brought to "]))
        b.add(rng.choice(FACILITY), "PLACE")
        b.add(" on ")
        b.add(gen_date(rng), "DATE")
        b.add(rng.choice([" with delirium.", " after a fall.", "."]))
        if rng.random() < 0.5:
            b.add(" Her DOB is ")
            b.add(gen_date(rng, clinical=False), "DATE")
            b.add(".")
    else:   # name + initial, no cue but the lexicon
        b.add(rng.choice(["Like ", "Similar to ", "Compare "]))
        b.add(nm("initial"), "NAME")
        b.add(rng.choice([" who came in on ", ", admitted ", ", last seen "]))
        b.add(gen_date(rng), "DATE")
        b.add(rng.choice([" with sepsis.", ", any ideas?", " — what would you do?"]))
        if rng.random() < 0.5:
            b.add(" ZIP ")
            b.add("%05d" % rng.randint(10000, 99999), "PLACE")
    text, gold, ign = b.item()
    if rng.random() < 0.15:   # some are typed in capitals
        text = text.upper()
    return text, gold, ign


NEGATIVE = [
    "What is the recommended dose of metformin for a {age}yo M with CKD stage 3?",
    "Rec mgmt of {age} yo F w/ CHF, EF 35%, on Lasix and Coumadin?",
    "Is MS change after surgery common in elderly patients? MS was intact pre-op.",
    "Echo shows moderate MR and mild TR; should we refer for repair?",
    "ABG 7.45/34/7 on room air, T98.2, HR 88. Is this compensated?",
    "ABG 7.32.48.80 this morning; how fast should we correct?",
    "Patient with Parkinson disease and Crohn's on infliximab: vaccine timing?",
    "Down syndrome adult with new onset seizures: workup recommendations?",
    "Graves disease in pregnancy: PTU or methimazole in the first trimester?",
    "Per the 2019 ACC/AHA guidelines, when should statins start in a {age}-year-old?",
    "How long after a DVT should anticoagulation continue? Seen 3 weeks ago for follow-up.",
    "Best approach to hyponatremia with Na 124 in a {age} y/o on HCTZ?",
    "Would you start Eliquis 5 mg BID or 2.5 mg BID for a {age}yo with Cr 1.6?",
    "Patient Education handouts on insulin pumps: which ones do you use?",
    "Is there evidence for Foley removal within 24 hours post-op?",
    "Dr. recommended PT twice a week; is OT also indicated after TKA?",
    "Firmware version 10.2.3.4 of the infusion pump shows error E-12.",
    "Upgrade the monitor to version 2.4.10.1 before rounds.",
    "Question on Bell's palsy: steroids within 72 hours, then what?",
    "Apgar 8 and 9; NICU asked about Hep B vaccine timing.",
    "Starting Keytruda in stage IV NSCLC with PD-L1 50%: any tips?",
    "What does an A1c of 9.1 mean for a {age}-year-old on Jardiance?",
    "Hashimoto thyroiditis with TSH 7.2 and normal T4: treat or watch?",
    "In 2021 our unit adopted the Braden scale; is Norton still used?",
    "Can a {age} yo with COPD GOLD 3 fly? SpO2 91% at rest.",
    "Typical LOS after CABG x3 in a {age}yo M with DM2?",
    "Mitral valve MR grade 3+ on TEE. Surgical vs MitraClip?",
    "Does Medicare cover CGM for type 2 diabetes on basal insulin?",
    "Warfarin INR 4.2, no bleeding: hold one dose or give vitamin K?",
    "Are Holter results from May reliable if the patch lifted?",
    "What's the Wells score cut-off for ordering a CTA?",
    "Kawasaki disease: when to repeat the echo after IVIG?",
    "Huntington disease genetic counselling: who should refer?",
    "MS patient on Ocrevus: live vaccines contraindicated?",
    "Pt is a {age}yo F, G2P2, with PCOS on OCPs. Next steps?",
    "New guideline from the American Heart Association in 2023 on BP targets?",
    "Chapter 11.5.2.5 of the protocol covers sedation holidays.",
    "Hgb 7.8 from 9.1 after surgery; transfuse at what threshold?",
    "LVEF 40% on MUGA; start Entresto or ACE inhibitor first?",
    "Started Zosyn for HAP; de-escalate when cultures are back?",
]


def narrative_items(n_pos=1100, n_neg=260, seed=21):
    rng = random.Random(seed)
    pos = [_narrative_positive(rng) for _ in range(n_pos)]
    neg = []
    for _ in range(n_neg):
        t = rng.choice(NEGATIVE).replace("{age}", str(rng.randint(18, 89)))
        if rng.random() < 0.12:
            t = t.upper()
        elif rng.random() < 0.12:
            t = t.lower()
        neg.append((t, [], []))
    return pos, neg


# ---- nursing notes ------------------------------------------------------

CLIN = ["NEURO: ALERT AND ORIENTED X3, MAE, FOLLOWS COMMANDS. MS INTACT.",
        "NEURO: SEDATED ON PROPOFOL, PERRLA 3MM BRISK.",
        "CV: HR 80S NSR, NO ECTOPY. BP 110/60. PULSES +2.",
        "CV: AFIB 100-120S, DILT GTT AT 10MG/HR. MR MURMUR NOTED.",
        "RESP: LS CLEAR BILAT, ABG 7.45/34/7. SATS 96% ON 2L NC.",
        "RESP: VENT SETTINGS AC 500 X 14, FIO2 40%, PEEP 5.",
        "GI: ABD SOFT, NT/ND, +BS. TF AT GOAL 60CC/HR.",
        "GU: FOLEY DRAINING CLEAR YELLOW URINE 40-60CC/HR.",
        "ID: T98.2 TMAX 100.4, WBC 12.1. ON VANCO/ZOSYN.",
        "SKIN: INTACT, BRADEN 14. TURNED Q2H.",
        "ENDO: RISS, FS 140-180.",
        "Pt resting comfortably, no c/o pain. VSS.",
        "MS: lethargic but arousable, MAE.",
        "Lytes repleted per sliding scale. K 3.4 -> 4.1.",
        "PLAN: CONT TO MONITOR, WEAN VENT AS TOL.",
        "Moves arms. Spontaneous breaths.",
        "Systems Review: see flowsheet.",
        "ABG 7.32.48.80 -> vent changes made.",
        "HCT 28.1, TRANSFUSED 1 UNIT PRBC.",
        "Pt OOB to chair x2, tolerated well.",
        "A-LINE DAMPENED, FLUSHED AND ZEROED.",
        "Cont NPO for procedure tomorrow.",
        "BP labile 90-140/50-70, NEO GTT OFF.",
        "CXR IMPROVED PER TEAM. CT HEAD NEG."]


def _nurse_phi(rng, b, caps):
    nm = lambda style: gen_name(rng, style)
    k = rng.randrange(12)
    C = (lambda s: s.upper()) if caps else (lambda s: s)
    if k == 0:
        b.add(C("TRANS TO ")).add(rng.choice(["GH", "CALVERT HOSPITAL", "MERCY",
                                             "ST. LUKE'S", "REHAB AT KESSLER"]), "PLACE")
        b.add(" ")
        b.add("%d/%d" % (rng.randint(1, 12), rng.randint(1, 28)), "DATE")
        b.add(".")
    elif k == 1:
        b.add(C("PLAN: ")).add(rng.choice(["DR ", "DR. ", "Dr ", "dr "]))
        b.add(C(nm("last")), "NAME")
        b.add(C(rng.choice([" IN TO TALK WITH FAMILY.", " AWARE.", " TO SEE PT IN AM."])))
    elif k == 2:
        b.add(C("SOCIAL: ")).add(rng.choice(["Husband ", "Wife ", "Son ", "Daughter ",
                                            "HUSBAND ", "DTR ", "dtr ", "Sister "]))
        b.add(C(nm("first")), "NAME")
        b.add(C(rng.choice([" in to visit.", " called, updated.", " at bedside."])))
    elif k == 3:
        b.add(C("DISCUSSION WITH ")).add(rng.choice(["DTR ", "SON ", "WIFE ", "HCP "]))
        b.add(nm("first").upper(), "NAME")
        b.add(C(" RE: GOALS OF CARE."))
    elif k == 4:
        b.add(rng.choice(["HOUSE STAFF ", "House officer ", "RN ", "NP ", "MD ", "Resident "]))
        b.add(rng.choice([nm("full").lower(), nm("full"), nm("full").upper()]), "NAME")
        b.add(C(rng.choice([" AWARE.", " notified.", " paged."])))
    elif k == 5:
        b.add(rng.choice(["Pager #", "pager ", "BEEPER ", "beeper #"]))
        b.add(rng.choice(["%05d" % rng.randint(10000, 99999),
                          "%d-%04d" % (rng.randint(1, 9), rng.randint(0, 9999))]), "ID")
        b.add(C(" FOR QUESTIONS."))
    elif k == 6:
        b.add(C("Pt is a ")).add("%d" % rng.randint(90, 103), "AGE")
        b.add(C(" yo F admitted "))
        b.add("%d/%d" % (rng.randint(1, 12), rng.randint(1, 28)), "DATE")
        b.add(C(" from "))
        b.add(C(rng.choice(["Brookdale Nursing Home", "home in Dayton",
                            "Sutter Memorial"])), "PLACE")
        b.add(".")
    elif k == 7:
        b.add(C("FAMILY MEETING ")).add("%d/%d" % (rng.randint(1, 12), rng.randint(1, 28)), "DATE")
        b.add(C(" WITH ")).add(rng.choice(["DR ", "Dr. "])).add(C(nm("last")), "NAME")
        b.add(".")
    elif k == 8:
        b.add(C("Spoke with ")).add(rng.choice(["Mrs ", "MR ", "Mr. ", "MRS. "]))
        b.add(C(nm(rng.choice(["last", "full"]))), "NAME")
        b.add(C(", pt's daughter, at "))
        b.add("%d%d%d-%d%02d-%04d" % (rng.randint(2, 9), rng.randint(0, 8),
                                      rng.randint(2, 9), rng.randint(2, 9),
                                      rng.randint(20, 99), rng.randint(0, 9999)), "ID")
        b.add(".")
    elif k == 9:
        b.add(C("MRN ")).add("%07d" % rng.randint(0, 9999999), "ID").add(". ")
        b.add(C("DOS ")).add("%d/%d/%02d" % (rng.randint(1, 12), rng.randint(1, 28),
                                             rng.randint(15, 24)), "DATE")
        b.add(".")
    elif k == 10:
        town, st = rng.choice(TOWN)
        b.add(C("PT LIVES IN ")).add(C(town), "PLACE").add(C(" WITH WIFE "))
        b.add(C(nm("first")), "NAME").add(".")
    else:
        b.add(C("SEEN BY ")).add(C(nm("full")), "NAME").add(C(", NP, ON "))
        b.add("%d/%d" % (rng.randint(1, 12), rng.randint(1, 28)), "DATE").add(".")


def nursing_items(n=520, seed=23):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        caps = rng.random() < 0.6
        b = Builder()
        b.add(rng.choice(["NPN 7A-7P\n", "Nursing Progress Note\n", "NSG NOTE\n",
                          "MICU NURSING 1900-0700\n"]))
        for _ in range(rng.randint(3, 8)):
            if rng.random() < 0.4:
                _nurse_phi(rng, b, caps)
            else:
                c = rng.choice(CLIN)
                b.add(c.upper() if caps else c)
            b.add(rng.choice(["\n", " ", "\n"]))
        out.append(b.item())
    return out


# ---- clean help centre -------------------------------------------------

ORG = {"mail": "support@acmehealth.example", "phone": "(415) 555-2671",
       "addr": "1200 Harbor Boulevard, Suite 400, Oakland, CA 94607",
       "name": "Acme Health"}

HC_BLOCKS = [
    "Home > Help Center > Patient Portal > Patient Summary",
    "Patient Summary\nThe Patient Summary page shows the patient's active problems, medications and allergies.",
    "Patient Population\nUse the Patient Population report to filter by payer, provider or location.",
    "Patient Education\nAttach Patient Education materials to a visit from the Documents tab.",
    "Patient Demographics\nOpen Patient Demographics to edit the address, phone and e-mail fields.",
    "Related articles\n- How to reset your password (/hc/en-us/articles/{aid})\n- Setting up two-factor authentication (/hc/en-us/articles/{aid2})",
    "Next Article – {aid}",
    "Previous article: https://help.acmehealth.example/hc/en-us/articles/{aid}-Configuring-e-Prescribing",
    "Was this article helpful? 12 out of 15 found this helpful",
    "Release Date: {rdate}\nVersion 23.{v1}.{v2} adds batch refill requests and fixes sorting in the queue.",
    "Release notes — {rdate}\nBuild 2023.{v1}.{v2}.{v3} is rolling out to all regions.",
    "Firmware version 4.{v1}.{v2}.{v3} is required for the check-in kiosk.",
    "The value set OID is 2.16.840.1.113883.3.464.1003.101.12.{v1}; see section 11.5.2.5 for mappings.",
    "Value set 2.16.840.1.113883.3.526.3.{v3} (Diabetes) is used by CMS122.",
    "See 4.2.1.3 and 11.5.2.5 of the implementation guide.",
    "Export the sheet with https://docs.google.com/spreadsheets/d/1AbC/edit#gid={gid} and upload it.",
    "Open https://app.acmehealth.example/settings?tab=users&name=Home&view=list to change roles.",
    "Open https://app.acmehealth.example/reports?report=patient_summary&page=2&sort=name to export.",
    "Accessibility Conformance Report\nProduct: Acme Patient Portal 5.{v1}\nReport Date: {rdate}\nConformance Level: WCAG 2.1 AA\nCriteria 1.4.3 Contrast (Minimum): Supports\nCriteria 2.4.7 Focus Visible: Partially Supports",
    "Last updated: {rdate}",
    "Integration how-to: call the API\n```\ncurl -H \"Authorization: Bearer $TOKEN\" https://api.acmehealth.example/v2/patients?limit=50\n```\nReplace $TOKEN with your own token.",
    "Sample request body:\n```json\n{\"patient\": {\"first_name\": \"{{first_name}}\", \"dob\": \"{{dob}}\"}}\n```",
    "Items. Uncheck the items you do not need. Forms. Click Save.\nSMS Received: the message appears in the Inbox.",
    "Select Settings > Scheduling > Appointment Types, then click Add.",
    "To print a Superbill, open the visit and choose Print > Superbill.",
    "Error 0x80070005 means the service account lacks permission.",
    "Our clinic reopens on April 20 after the holiday; the portal stays available.",
    "Contact us: {mail}, {phone}, {addr}.",
    "{name} Support\n{addr}\nPhone {phone}",
    "For billing questions e-mail {mail}.",
    "Table 3. Supported HL7 versions: 2.3.1, 2.5.1 and 2.7.",
    "FHIR R4 endpoints: /Patient, /Encounter, /Observation. Paging uses _count=100.",
    "Keyboard shortcuts: Ctrl+Shift+P opens the Patient Search.",
    "The Medication Reconciliation workflow was redesigned in release 24.2.",
    "Video: Getting started with the Scheduler (3:42)",
    "Step 1. Sign in. Step 2. Open Reports. Step 3. Choose Patient Population.",
]
HL7 = ("Example HL7 ADT message:\n```\nMSH|^~\\&|ACME|CLINIC|||20230101120000||ADT^A01|MSG00001|P|2.5.1\n"
       "PID|1||{mrn}^^^ACME^MR||DOE^JANE||19800101|F|||123 MAIN ST^^ANYTOWN^NY^12345||(555)555-1234|||S||{ssn}\n```")


def helpcentre_items(n=320, seed=29):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        blocks = rng.sample(HC_BLOCKS, rng.randint(3, 7))
        if rng.random() < 0.05:
            blocks.append(HL7)
        text = "\n\n".join(blocks)
        mon = MONTHS[rng.randint(0, 11)]
        rep = {"{aid}": str(rng.randint(360000000000, 4999999999999)),
               "{aid2}": str(rng.randint(360000000000, 4999999999999)),
               "{rdate}": rng.choice(["%s %d, %d" % (mon, rng.randint(1, 28), rng.randint(2019, 2024)),
                                      "%d-%02d-%02d" % (rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))]),
               "{v1}": str(rng.randint(0, 12)), "{v2}": str(rng.randint(0, 40)),
               "{v3}": str(rng.randint(100, 9999)), "{gid}": str(rng.randint(10**8, 2 * 10**9)),
               "{mrn}": "%07d" % rng.randint(0, 9999999),
               "{ssn}": "%03d-%02d-%04d" % (rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999))}
        for k, v in ORG.items():
            rep["{%s}" % k] = v
        for k, v in rep.items():
            text = text.replace(k, v)
        out.append((text, [], []))
    return out


# The organisation's own public details, for scan --allow in the bench.
ALLOW = [ORG["mail"], ORG["phone"], ORG["addr"]]
