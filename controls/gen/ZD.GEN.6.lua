-- SPDX-License-Identifier: MIT
-- ZD.GEN.6: Additional changes must not weaken the baseline.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.6"
title = "Additional changes must not weaken the baseline"
seed_ref = "D, closing disclaimer"
product = "All"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The baseline is Zendesk's minimum recommendation for protecting PHI in the listed "
  .. "products. It is not a complete control template and not legal advice. The subscriber "
  .. "should consult its own legal counsel on HIPAA or HDS requirements, and make any further "
  .. "configuration changes its own analysis calls for. No such change may hinder or reduce "
  .. "the security of the configurations described."
evidence = "Record of legal review. Change-management records showing the baseline was re-checked "
  .. "after configuration changes."
remediation = "Have legal counsel review the HIPAA or HDS requirements, and re-run this assessment "
  .. "after every configuration change to show the baseline was not weakened."
question = "Confirm legal counsel has reviewed the subscriber's HIPAA or HDS obligations for this "
  .. "Zendesk use case, and that configuration changes go through change management that re-runs "
  .. "this assessment afterwards to show no baseline control was weakened. Keep the dated legal "
  .. "review and the change records with the assessment run after each change."
