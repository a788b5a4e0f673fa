-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.2.2: No native email delivery of exported reports unless PHI-free or sent over encrypted mail.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.EXPLORE.2.2"
title = "No native email delivery of exported reports unless PHI-free or sent over encrypted mail"
seed_ref = "VI.2(ii)"
product = "Explore (email export and scheduled delivery)"
kind = "inventory"
responsible = "subscriber"
exception = "explicit"
alternative = "Email exports only when they are PHI-free, or only over mail routes that enforce "
  .. "encryption, and record which applies."
automation = "manual"
description = "Do not use Explore's built-in feature for emailing exported reports unless the "
  .. "subscriber takes responsibility for either: (a) making sure no PHI is in the export, or "
  .. "(b) making sure the email service used for the transfer supports encryption at a minimum"
  .. " accepted protocol level."
evidence = "A list of Explore email exports and scheduled deliveries with their recipients. Likely "
  .. "only from the UI: no public API is known. Evidence that the mail route enforces TLS."
remediation = "Stop emailing Explore exports and scheduled deliveries, or make sure they are PHI-free "
  .. "or sent over mail that enforces TLS, and record which applies."
question = "Confirm that this holds for the account: No native email delivery of exported reports "
  .. "unless PHI-free or sent over encrypted mail. Keep as evidence: A list of Explore email "
  .. "exports and scheduled deliveries with their recipients. Likely only from the UI: no "
  .. "public API is known. Evidence that the mail route enforces TLS."
