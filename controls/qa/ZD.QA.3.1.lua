-- SPDX-License-Identifier: MIT
-- ZD.QA.3.1: QA surveys: AI assistance off, or QA reviewers cleared for the data.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.QA.3.1"
title = "QA surveys: AI assistance off, or QA reviewers cleared for the data"
seed_ref = "XI.3(i)"
product = "Zendesk QA (surveys, AI assistance)"
kind = "setting"
responsible = "subscriber"
exception = "explicit"
alternative = "Keep AI assistance on and clear every QA reviewer for the data, with an authorisation "
  .. "record."
automation = "manual"
description = "When QA's survey feature is used, one of two: turn off QA's AI-assisted features, or "
  .. "make sure every agent who does QA work may see all the data in the interactions "
  .. "concerned, and that QA.1's principles are met."
evidence = "QA AI-assist settings, or the QA reviewer list with an authorisation record."
remediation = "In Zendesk QA survey settings, turn off AI assistance, or record that every QA reviewer "
  .. "is cleared for the data."
question = "If QA surveys are used, show in Zendesk QA > Settings > Surveys that AI assistance is"
  .. " off, or the list of QA reviewers with the written authorisation that each may see all data"
  .. " in the interactions reviewed. Keep the screenshot or the signed list."
