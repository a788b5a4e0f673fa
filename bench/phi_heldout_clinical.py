# SPDX-License-Identifier: MIT
# phi_heldout_clinical.py — a HELD-OUT clinical PHI set for issue #21
# (dates, places, identifiers, nursing notes), written on 2026-12-04 and
# committed BEFORE any tuning of the date, place and identifier cues:
# never tune against it. bench/scan-accuracy prints it once, as its own
# section.
#
# NOT UNSEEN ANY MORE in part (review, 2026-12-04): 5f0b589 (said to fix
# classes of phi_heldout.py) added cues that no other set, test or eval
# file held before it, only this file's nursing lines: "mr# " before an
# MRN, "dtr drove in from" (and "dtr" as a person before "from"), "nh
# resident of", "Skilled Nursing Facility", "last bm" before a date; its
# test case uses "Kokomo", one of this file's real towns. Figures for those
# forms (ID/mrn, PLACE/town and PLACE/facility in nursing notes, DATE after
# "last bm") are no held-out measure. fcb05c6 then added the DD-Mon-YYYY
# date and the street before "Town, ST ZIP" knowing this set's per-form
# table showed them missing, with test cases in this file's own values:
# "14-Mar-2024" and "Wright Cape"/"Judyfort" (the examples above), "Nampa
# ID" (a town below), "Ins ID: " + two letters + nine digits (its member id
# form): DATE/DD-Mon-YYYY, PLACE/street and ID/member are no held-out
# measure either.
#
# It differs from phi_sets.py and phi_heldout.py on purpose:
#   - surrogate values come from Faker (Debian's python3-fake-factory,
#     imported at run time, nothing copied): made-up towns ("Judyfort",
#     "South Mitchellstad"), street names with USPS suffixes the other sets
#     never use ("Wright Cape", "Ian Track"), ZIP+4 codes, phone numbers;
#     and a few real towns written here that no other set uses;
#   - other document kinds: discharge summaries with labelled sections,
#     referral letters (place and date heading, Re: line, letterhead),
#     patient e-mails in lower case, nursing notes with shift headers,
#     both ALL-CAPS and lower case, facility abbreviations;
#   - dates in forms the other sets use little: 14-Mar-2024, 2024-03-14,
#     3/14/24, "the 14th", "2nd of May", "Mar. 14", m/d after a clinical
#     verb, m-d;
#   - identifiers: MR#, acct, insurance/member/policy/Medicaid numbers,
#     pager and beeper forms, fax and phone numbers;
#   - hard negatives: eponyms and scores named after towns (Glasgow,
#     Richmond, Framingham, Seattle, Denver shunt), ratios and lab
#     strings (BP 132/84, pain 7/10, 1/2 NS, vent 450/14/5/40%), codes
#     (ICD-10 I50.9, CPT 99213), versions, policy dates tied to no one.
# Items are (text, gold, ignore) as in phi_sets.py; gold categories are
# DATE/<form>, PLACE/<kind> (facility, town, street, zip), ID/<kind>,
# NAME, AGE.
import random
import sys

from phi_sets import Builder as B, ordinal


def _faker():
    try:
        import faker
    except ImportError:
        # Debian installs it for the system python3; a pyenv or venv
        # python may not see that directory.
        sys.path.append("/usr/lib/python3/dist-packages")
        try:
            import faker
        except ImportError:
            raise SystemExit("bench/phi_heldout_clinical.py needs Faker: install "
                             "the Debian package python3-fake-factory")
    return faker.Faker("en_US")


F = None
# Real towns no other set uses (smaller than a state).
REAL_TOWNS = [("Altoona", "PA"), ("Bemidji", "MN"), ("Dothan", "AL"),
              ("Elko", "NV"), ("Florence", "SC"), ("Greeley", "CO"),
              ("Hanford", "CA"), ("Kokomo", "IN"), ("Lafayette", "LA"),
              ("Mankato", "MN"), ("Nampa", "ID"), ("Ocala", "FL"),
              ("Pittsfield", "MA"), ("Rutland", "VT"), ("Salina", "KS"),
              ("Texarkana", "AR"), ("Utica", "NY"), ("Valdosta", "GA"),
              ("Wausau", "WI"), ("Zanesville", "OH")]
FAC_KIND = ["Hospital", "Medical Center", "Memorial Hospital", "Regional Medical Center",
            "Community Hospital", "Clinic", "Urgent Care", "Rehabilitation Hospital",
            "Skilled Nursing Facility", "Behavioral Health", "General Hospital"]
FAC_ABBR = ["GH", "MGH", "UMMC", "BMC", "RMC", "VAMC", "SNF", "CMC"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
       "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July",
         "August", "September", "October", "November", "December"]


def town(rng):
    if rng.random() < 0.5:
        return rng.choice(REAL_TOWNS)
    return F.city(), F.state_abbr()


def facility(rng):
    k = rng.random()
    if k < 0.4:
        t, _ = town(rng)
        return "%s %s" % (t, rng.choice(FAC_KIND))
    if k < 0.7:
        return "%s %s" % (F.last_name(), rng.choice(FAC_KIND))
    if k < 0.85:
        return "%s %s" % (rng.choice(["St.", "Saint", "St", "Our Lady of"]),
                          rng.choice([F.first_name() + "'s", F.last_name(), "Mercy"]))
    return rng.choice(FAC_ABBR)


def date(rng, year=None):
    """(text, form)"""
    y, m, d = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    forms = [
        ("%02d-%s-%d" % (d, MON[m - 1], y), "dmy"), ("%d-%02d-%02d" % (y, m, d), "iso"),
        ("%d/%d/%02d" % (m, d, y % 100), "mdy2"), ("%s %s, %d" % (MONTH[m - 1], ordinal(d), y), "ordinal"),
        ("%s. %d, %d" % (MON[m - 1], d, y), "mon"), ("%02d/%02d/%04d" % (m, d, y), "mdy"),
        ("%d/%d" % (m, d), "md"), ("%d-%d" % (m, d), "md"), ("%s %d" % (MONTH[m - 1], d), "month-day"),
        ("the %s" % ordinal(d), "day-ordinal"), ("%s of %s" % (ordinal(d), MONTH[m - 1]), "ordinal"),
        ("%s. %d" % (MON[m - 1], d), "month-day"), ("%d %s" % (d, MON[m - 1]), "month-day"),
    ]
    if year is False:
        forms = [f for f in forms if str(y) not in f[0] and "%02d" % (y % 100) != f[0][-2:]]
    elif year is True:
        forms = [f for f in forms if str(y) in f[0]]
    return rng.choice(forms)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ident(rng):
    """(label text, value, kind)"""
    return rng.choice([
        ("MR# ", digits(rng, 7), "mrn"), ("Med Rec No ", digits(rng, 8), "mrn"),
        ("acct ", "%s-%s" % (digits(rng, 4), digits(rng, 3)), "account"),
        ("Ins ID: ", rng.choice("ABCDHJKMW") + rng.choice("ABCDHJKMW") + digits(rng, 9), "member"),
        ("policy no. ", digits(rng, 10), "member"), ("Medicaid # ", digits(rng, 9) + "A", "member"),
        ("member # ", "%s%s" % (rng.choice(["YX", "MBR", "HP"]), digits(rng, 8)), "member"),
        ("pgr ", digits(rng, 5), "pager"), ("beeper ", "%s-%s" % (digits(rng, 1), digits(rng, 4)), "pager"),
        ("pager # ", digits(rng, 4), "pager"), ("fax ", phone(rng), "phone"),
        ("cell ", phone(rng), "phone"), ("lic # ", "RN" + digits(rng, 6), "license"),
    ])


def phone(rng):
    """A valid NANP number (Faker's own may have an area code starting 0 or 1)."""
    npa = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 8), rng.randint(0, 9))
    nxx = "%d%02d" % (rng.randint(2, 9), rng.randint(10, 99))
    ln = digits(rng, 4)
    return rng.choice(["%s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "%s/%s/%s", "%s %s %s",
                       "1-%s-%s-%s"]) % (npa, nxx, ln)


def street(rng):
    if rng.random() < 0.6:
        return F.street_address()
    return "%s %s %s" % (F.building_number(), rng.choice(["N.", "S.", "East", "W"]), F.street_name())


def case(s, k):
    return s.upper() if k == "caps" else s.lower() if k == "lower" else s


# ---- documents -----------------------------------------------------------

def discharge(rng):
    b = B()
    b.add("DISCHARGE SUMMARY\n")
    s, f = date(rng, True)
    b.add(rng.choice(["Admission Date: ", "Date of Admission: ", "Admitted: "])).add(s, "DATE/" + f).add("\n")
    s, f = date(rng, True)
    b.add(rng.choice(["Discharge Date: ", "Date of Discharge: ", "Discharged: "])).add(s, "DATE/" + f).add("\n")
    b.add("Attending: ").add("%s %s" % (F.first_name(), F.last_name()), "NAME").add(", MD\n")
    b.add("HOSPITAL COURSE: The patient is a %d-year-old %s " % (rng.randint(30, 88), rng.choice(["man", "woman"])))
    b.add(rng.choice(["transferred from ", "sent over from ", "who presented to "]))
    b.add(facility(rng), "PLACE/facility")
    b.add(" on ")
    s, f = date(rng, False)
    b.add(s, "DATE/" + f)
    b.add(rng.choice([" with chest pain. Troponin peaked at 2.3. ", " after a fall at home. CT head negative. ",
                      " for COPD exacerbation; ABG 7.31/58/62 on 2L. "]))
    b.add(rng.choice(["Echo on ", "Cath on ", "Extubated "]))
    s, f = date(rng, False)
    b.add(s, "DATE/" + f).add(". ")
    b.add(rng.choice(["FOLLOW-UP: ", "Follow up: "]))
    b.add("Dr. ").add(F.last_name(), "NAME").add(" at ")
    b.add(facility(rng), "PLACE/facility").add(", ")
    b.add(street(rng), "PLACE/street").add(", ")
    t, st = town(rng)
    b.add(t, "PLACE/town").add(", %s " % st)
    b.add(F.zipcode(), "PLACE/zip").add(", in 2 weeks.\n")
    return b.item()


def referral(rng):
    b = B()
    t, st = town(rng)
    b.add(t, "PLACE/town").add(", ")
    s, f = date(rng, True)
    b.add(s, "DATE/" + f).add("\n\n")
    b.add("Re: ").add("%s %s" % (F.first_name(), F.last_name()), "NAME")
    s, f = date(rng, True)
    b.add(rng.choice([", DOB ", " (d.o.b. ", ", born "])).add(s, "DATE/" + f)
    p, v, k = ident(rng)
    b.add(rng.choice([", ", "; "])).add(p).add(v, "ID/" + k).add("\n\n")
    b.add("Dear Dr. ").add(F.last_name(), "NAME").add(",\n")
    b.add(rng.choice(["Thank you for seeing this pleasant patient, whom I first saw on ",
                      "I am writing about the patient above, last seen in my office ",
                      "This gentleman was evaluated at our clinic on "]))
    s, f = date(rng)
    b.add(s, "DATE/" + f).add(". ")
    b.add(rng.choice(["She lives alone at ", "He now lives with his son at ", "Home address: "]))
    b.add(street(rng), "PLACE/street").add(", ")
    t, st = town(rng)
    b.add(t, "PLACE/town").add(" %s " % st).add(F.zipcode_plus4() if rng.random() < 0.4 else F.zipcode(), "PLACE/zip")
    b.add(". ")
    b.add(rng.choice(["Prior records are from ", "She was previously followed at ", "Imaging was done at "]))
    b.add(facility(rng), "PLACE/facility").add(".\n")
    b.add(rng.choice(["Sincerely,\n", "Kind regards,\n", "Yours,\n"]))
    b.add("%s %s" % (F.first_name(), F.last_name()), "NAME").add(", MD\n")
    b.add(facility(rng), "PLACE/facility").add("\n")
    b.add(rng.choice(["Fax: ", "Tel ", "Phone: "])).add(phone(rng), "ID/phone").add("\n")
    return b.item()


def email(rng):
    b = B()
    b.add(rng.choice(["hello, ", "hi there, ", "good afternoon - "]))
    b.add("this is ").add(F.first_name(), "NAME").add(". ")
    b.add(rng.choice(["i was seen at ", "my mom was admitted to ", "i had my colonoscopy at "]))
    b.add(facility(rng).lower(), "PLACE/facility").add(" on ")
    s, f = date(rng)
    b.add(s, "DATE/" + f)
    b.add(rng.choice([" and never got the results. ", " and the bill is wrong. ", ". "]))
    p, v, k = ident(rng)
    b.add(rng.choice(["my ", "her ", "the "])).add(p.lower()).add(v, "ID/" + k).add(". ")
    b.add(rng.choice(["we moved to ", "please mail it to ", "new address is "]))
    if rng.random() < 0.5:
        b.add(street(rng).lower(), "PLACE/street").add(", ")
        t, st = town(rng)
        b.add(t.lower(), "PLACE/town").add(" %s" % st.lower())
    else:
        t, st = town(rng)
        b.add(t.lower(), "PLACE/town")
    b.add(rng.choice([". thanks!\n", ", thank you\n", ".\n"]))
    return b.item()


def agent_note(rng):
    b = B()
    b.add(rng.choice(["Caller ", "Pt ", "Member "]))
    b.add("%s %s" % (F.first_name(), F.last_name()), "NAME")
    b.add(rng.choice([" called re: claim for DOS ", " asked about the visit ", " disputes charge from "]))
    s, f = date(rng)
    b.add(s, "DATE/" + f)
    b.add(rng.choice([" at ", " - ", ", "])).add(facility(rng), "PLACE/facility").add(". ")
    p, v, k = ident(rng)
    b.add("Verified ").add(p).add(v, "ID/" + k)
    b.add(rng.choice([" and ZIP ", " and zip code "])).add(F.zipcode(), "PLACE/zip").add(". ")
    b.add(rng.choice(["Callback ", "Best # "])).add(phone(rng), "ID/phone").add(".\n")
    return b.item()


SHIFT = ["0700-1900", "7P-7A", "NOC SHIFT", "DAYS", "1900-0700", "11-7"]
CLIN = ["neuro: a&ox3, perrla, mae.", "cv: nsr 70s-80s, bp 132/84, +2 pedal pulses.",
        "resp: ls diminished bases, 2l nc, sat 94%.", "gi/gu: abd soft, foley to gravity, 40-60 ml/hr.",
        "pain 7/10 at incision, dilaudid 0.5 mg iv x2.", "vent 450/14/5/40%, abg 7.41/39/92.",
        "skin: coccyx intact, turned q2h.", "lytes: k 3.4 repleted, mg 1.9.",
        "id: tmax 38.4, cx pending, vanc/zosyn.", "ivf d5 1/2 ns @ 75.", "gcs 14/15, rass -1."]


def nursing(rng):
    b = B()
    k = rng.choice(["caps", "caps", "lower", "mixed"])
    C = lambda s: case(s, k)
    b.add(C("%s nsg note: " % rng.choice(SHIFT)))
    for _ in range(rng.randint(2, 4)):
        b.add(C(rng.choice(CLIN)) + " ")
        j = rng.randrange(10)
        if j == 0:
            b.add(C(rng.choice(["trans to ", "transferred to ", "to "])))
            b.add(C(facility(rng)), "PLACE/facility").add(" ")
            s, f = date(rng, False)
            b.add(C(s), "DATE/" + f).add(C(". "))
        elif j == 1:
            b.add(C(rng.choice(["adm ", "admitted ", "s/p cabg "])))
            s, f = date(rng, False)
            b.add(C(s), "DATE/" + f).add(C(rng.choice([". ", " from home. "])))
        elif j == 2:
            b.add(C(rng.choice(["paged dr ", "called ho ", "notified np "])))
            b.add(C(F.last_name()), "NAME")
            pre = rng.choice([" (pgr ", " @ beeper ", ", pager #"])
            b.add(C(pre)).add(rng.choice([digits(rng, 5), "%s-%s" % (digits(rng, 1), digits(rng, 4))]), "ID/pager")
            b.add(C("). " if pre.startswith(" (") else ". "))
        elif j == 3:
            b.add(C(rng.choice(["family from ", "dtr drove in from ", "wife lives in "])))
            t, _ = town(rng)
            b.add(C(t), "PLACE/town").add(C(", updated. "))
        elif j == 4:
            b.add(C(rng.choice(["mr# ", "mrn "]))).add(digits(rng, 7), "ID/mrn").add(C(" band checked. "))
        elif j == 5:
            b.add(C(rng.choice(["last bm ", "last bm on ", "foley placed "])))
            s, f = date(rng, False)
            b.add(C(s), "DATE/" + f).add(C(". "))
        elif j == 6:
            b.add(C(rng.choice(["pt from ", "nh resident of ", "lives at "])))
            b.add(C(facility(rng)), "PLACE/facility").add(C(" in "))
            t, _ = town(rng)
            b.add(C(t), "PLACE/town").add(C(". "))
        elif j == 7:
            b.add(C("hcp: ")).add(C("%s %s" % (F.first_name(), F.last_name())), "NAME")
            b.add(C(" (son) ")).add(phone(rng), "ID/phone").add(C(". "))
        elif j == 8:
            b.add(C(rng.choice(["dob ", "d.o.b. "])))
            s, f = date(rng, True)
            b.add(C(s), "DATE/" + f).add(C(", name band verified. "))
    b.add("\n")
    return b.item()


NEG = [
    "GCS 14 on arrival; repeat the Glasgow score hourly?",
    "Target RASS of -1 on the Richmond scale for this protocol?",
    "Framingham risk score of 12% - start a statin?",
    "Seattle Heart Failure Model vs MAGGIC for prognosis?",
    "Denver shunt for refractory ascites: still done anywhere?",
    "Boston Naming Test score 48/60, refer to neuropsych?",
    "NYHA class III, EF 30%: add an SGLT2 inhibitor?",
    "BP 132/84, HR 72, pain 7/10, on 1/2 NS at 75 mL/h.",
    "Vent 450/14/5/40%, ABG 7.41/39/92 - wean PEEP?",
    "ICD-10 I50.9 vs I50.22 for chronic systolic HF?",
    "CPT 99213 or 99214 for a 25-minute visit?",
    "The policy on sharps disposal was updated 3/1 for all units.",
    "Flu clinic opens Oct 1 in the main lobby.",
    "Version 10.2.1.3 of the pump library fixed the heparin limit.",
    "Grade 2/6 systolic murmur at the LUSB: echo needed?",
    "Lasix 40/20 split dosing or once daily?",
    "Titrate to a MAP over 65; norepi 0.05-0.2 mcg/kg/min.",
    "Use 3/4 strength feeds at 20 mL/h and advance by 10 q4h.",
    "Room 412 needs a bariatric bed before 1500.",
    "Apply the Manchester triage system at the front desk?",
    "Duke criteria: 1 major and 3 minor - definite endocarditis?",
    "Is the Mayo stand counted in the instrument count?",
    "Chapter 7.4 of the policy manual covers restraints.",
    "HbA1c 7.2% on 1,000 mg metformin twice daily.",
    "Wells score 4.5, D-dimer 0.8: get a CTA?",
    "Phase 2 of the Memorial Day staffing plan starts Friday.",
    "K 3.4, Mg 1.9, Phos 2.8: replace which first?",
    "Weight 72.4 kg, height 168 cm, BMI 25.6.",
    "TIMI 3 flow restored; door-to-balloon 54 min.",
    "Sinus rhythm 70s-80s with rare PVCs, QTc 460.",
]
NEG_NURSE = ["NEURO: A&OX3. CV: NSR 80S. RESP: CLEAR, RA 97%. PLAN: OOB TO CHAIR.",
             "pain 3/10, tylenol 650 po given. voiding qs. ambulated x2 in hall.",
             "ABG 7.35/45/80. VENT 500/12/5/35%. SX'D X2 SMALL WHITE. NO CHANGES.",
             "gi: npo after mn for egd. ivf d5 1/2 ns @ 100. k 3.9.",
             "SKIN INTACT. TURNED Q2H. BRADEN 15. MS CLEAR, MR MILD ON ECHO."]


def items(n_doc=500, n_nurse=400, n_neg=160, seed=4242):
    """(documents, nursing notes, negatives): discharge summaries,
    referral letters, patient e-mails and agent notes; nursing notes;
    PHI-free questions and PHI-free nursing notes."""
    global F
    F = _faker()
    F.seed_instance(seed)
    rng = random.Random(seed)
    kinds = [discharge, referral, email, agent_note]
    docs = [rng.choice(kinds)(rng) for _ in range(n_doc)]
    nurse = [nursing(rng) for _ in range(n_nurse)]
    neg = []
    for _ in range(n_neg):
        t = rng.choice(NEG + NEG_NURSE)
        r = rng.random()
        neg.append((t.upper() if r < 0.15 else t.lower() if r < 0.3 else t, [], []))
    return docs, nurse, neg


if __name__ == "__main__":
    d, u, n = items()
    for t, g, _ in (d[:3] + u[:3] + n[:3])[:int(sys.argv[1]) if len(sys.argv) > 1 else 6]:
        print(t)
        print([(c, t.encode()[s:e].decode()) for c, s, e in g])
