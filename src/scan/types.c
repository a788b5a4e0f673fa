/* SPDX-License-Identifier: MIT
 * types.c — the finding type names (a JSON contract: never renamed) and
 * which types are credentials rather than PHI. */
#include "scan/scan.h"
#include "scan/scan_int.h"

#include <strings.h>

static const char *const names[ZD_SCAN_TYPE_COUNT] = {
  [ZD_SCAN_US_SSN] = "US_SSN",
  [ZD_SCAN_US_ITIN] = "US_ITIN",
  [ZD_SCAN_US_MBI] = "US_MBI",
  [ZD_SCAN_US_NPI] = "US_NPI",
  [ZD_SCAN_US_DEA_NUMBER] = "US_DEA_NUMBER",
  [ZD_SCAN_CREDIT_CARD] = "CREDIT_CARD",
  [ZD_SCAN_ABA_ROUTING] = "ABA_ROUTING",
  [ZD_SCAN_VIN] = "VIN",
  [ZD_SCAN_PHONE_NUMBER] = "PHONE_NUMBER",
  [ZD_SCAN_EMAIL_ADDRESS] = "EMAIL_ADDRESS",
  [ZD_SCAN_IP_ADDRESS] = "IP_ADDRESS",
  [ZD_SCAN_URL] = "URL",
  [ZD_SCAN_DATE] = "DATE",
  [ZD_SCAN_MEDICAL_RECORD_NUMBER] = "MEDICAL_RECORD_NUMBER",
  [ZD_SCAN_HEALTH_PLAN_ID] = "HEALTH_PLAN_ID",
  [ZD_SCAN_US_ZIP_CODE] = "US_ZIP_CODE",
  [ZD_SCAN_STREET_ADDRESS] = "STREET_ADDRESS",
  [ZD_SCAN_PERSON_NAME] = "PERSON_NAME",
  [ZD_SCAN_ICD10_CODE] = "ICD10_CODE",
  [ZD_SCAN_ZENDESK_API_TOKEN] = "ZENDESK_API_TOKEN",
  [ZD_SCAN_JWT] = "JWT",
  [ZD_SCAN_PRIVATE_KEY] = "PRIVATE_KEY",
  [ZD_SCAN_GENERIC_SECRET] = "GENERIC_SECRET",
  [ZD_SCAN_LOCATION] = "LOCATION",
  [ZD_SCAN_ACCOUNT_NUMBER] = "ACCOUNT_NUMBER",
  [ZD_SCAN_LICENSE_NUMBER] = "LICENSE_NUMBER",
  [ZD_SCAN_AGE_OVER_89] = "AGE_OVER_89",
  [ZD_SCAN_ID_NUMBER] = "ID_NUMBER",
};

const char *zd_scan_type_name(zd_scan_type t)
{
  return (unsigned)t < ZD_SCAN_TYPE_COUNT ? names[t] : NULL;
}

int zd_scan_type_parse(const char *name, zd_scan_type *out)
{
  for(int t = 0; t < ZD_SCAN_TYPE_COUNT; t++) {
    if(!strcasecmp(name, names[t])) {
      *out = (zd_scan_type)t;
      return 0;
    }
  }
  return -1;
}

int zd_scan_type_is_secret(zd_scan_type t)
{
  return t == ZD_SCAN_ZENDESK_API_TOKEN || t == ZD_SCAN_JWT ||
         t == ZD_SCAN_PRIVATE_KEY || t == ZD_SCAN_GENERIC_SECRET;
}

static const struct { const char *id, *validator, *cue; } rules[] = {
  [ZD_RULE_NONE] = {NULL, NULL, NULL},
#define ZD_RULE(NAME, ID, VALIDATOR, CUE) [ZD_RULE_##NAME] = {ID, VALIDATOR, CUE},
#include "scan/rules.def"
#undef ZD_RULE
};

const char *zd_scan_rule_id(unsigned rule)
{
  return rule < ZD_RULE_COUNT ? rules[rule].id : NULL;
}

const char *zd_scan_rule_validator(unsigned rule)
{
  return rule < ZD_RULE_COUNT ? rules[rule].validator : NULL;
}

const char *zd_scan_rule_cue(unsigned rule)
{
  return rule < ZD_RULE_COUNT ? rules[rule].cue : NULL;
}

unsigned zd_scan_rule_count(void) { return ZD_RULE_COUNT - 1; }

static const char *const cues[ZD_SCAN_CUE_COUNT] = {
  [ZD_SCAN_CUE_TITLE] = "a title before it (Mr, Dr, MRS, dr …)",
  [ZD_SCAN_CUE_DEAR] = "a salutation before it (Dear …)",
  [ZD_SCAN_CUE_LABEL] = "a label before it (Name:, Patient:, my name is …)",
  [ZD_SCAN_CUE_SIGNOFF] = "a sign-off before it (Regards, Thanks …)",
  [ZD_SCAN_CUE_GREETING] = "a greeting before it (Hi, Hello …)",
  [ZD_SCAN_CUE_RELATIVE] = "a relative before it (my son, Husband, DTR …)",
  [ZD_SCAN_CUE_CREDENTIAL] = "a clinician's credential after it (, MD / , RN)",
  [ZD_SCAN_CUE_ROLE] = "a clinical verb or role before it (seen by, house staff, RN …)",
  [ZD_SCAN_CUE_LEXICON] = "a first name of the lexicon with an initial or surname, "
                          "in a sentence with other PHI",
  [ZD_SCAN_CUE_FACILITY] = "a facility word (Hospital, Clinic, Medical Center …)",
  [ZD_SCAN_CUE_SAINT] = "a St./Mt. name (St. Vincent's, Mt. Sinai)",
  [ZD_SCAN_CUE_PLACE] = "a transfer or home cue before it (trans to, lives in, is from …)",
  [ZD_SCAN_CUE_STATE] = "a state abbreviation and ZIP code after it",
  [ZD_SCAN_CUE_AGE] = "an age form (-year-old, yo, y/o, aged)",
  [ZD_SCAN_CUE_DATE_WORD] = "a care or person word in its sentence (admitted, seen, DOB …)",
  [ZD_SCAN_CUE_DATE_LINK] = "a name, place or age over 89 in its sentence",
  [ZD_SCAN_CUE_NAME_SHAPE] = "a name's shape: a first name or surname of the lexicon "
    "with another name word or an initial (John Lee, Faina D. Yefremova)",
  [ZD_SCAN_CUE_NAME_ALONE] = "a first name of the lexicon alone, no common word or place, "
    "mid-sentence or before a lower-case word (told Lucie that, Lucie came)",
  [ZD_SCAN_CUE_NAME_LIST] = "a list of surnames (Bode, Okuneva and Hintz) or a surname, "
    "first name (Swift, Laisha) judged by the lexicon",
  [ZD_SCAN_CUE_TEAM] = "a label naming a team before a list of names (Care team:, covering: …)",
};

const char *zd_scan_cue_text(unsigned cue)
{
  return cue < ZD_SCAN_CUE_COUNT ? cues[cue] : NULL;
}
