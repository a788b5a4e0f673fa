-- SPDX-License-Identifier: MIT
-- ZD.SUP.12.1: The CSAT email body carries only the survey-URL placeholder.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUP.12.1"
title = "The CSAT email body carries only the survey-URL placeholder"
seed_ref = "I.12.a"
product = "Support (CSAT automation)"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "auto"
description = "Set up the CSAT automation email so that its body contains no PHI. Apart from fixed "
  .. "wording, it should contain only the {{satisfaction.survey_url}} placeholder: no comment,"
  .. " ticket-content or requester-data placeholders."
evidence = "Every active automation or trigger that sends the CSAT survey: the body contains "
  .. "{{satisfaction.survey_url}} and no other content placeholders; the subject carries no "
  .. "ticket title."
remediation = "Edit the CSAT automation (Admin Center > Objects and rules > Business rules > "
  .. "Automations, \"Request customer satisfaction rating\") so the email body holds fixed "
  .. "wording and {{satisfaction.survey_url}} only, and the subject no {{ticket.title}}."
question = "Confirm that this holds for the account: The CSAT email body carries only the survey-URL"
  .. " placeholder. Keep as evidence: Every active automation or trigger that sends the CSAT "
  .. "survey: the body contains {{satisfaction.survey_url}} and no other content placeholders;"
  .. " the subject carries no ticket title."
uses = { "automations", "triggers" }
