-- SPDX-License-Identifier: MIT
-- ZD.GEN.3: Deviations are at the subscriber's sole risk (exception register).
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.3"
title = "Deviations are at the subscriber's sole risk (exception register)"
seed_ref = "D, preamble (deviation paragraph; wording dates from 2019-11-06)"
product = "All"
kind = "acknowledgement"
responsible = "subscriber"
exception = "n/a"
automation = "partial"
description = "If the subscriber chooses not to implement a recommended configuration, it takes sole "
  .. "responsibility for any resulting unauthorised access to, or improper use or disclosure "
  .. "of, Service Data including PHI. Zendesk is relieved of responsibility for that outcome. "
  .. "Each deviation should be a deliberate, approved and recorded risk acceptance."
evidence = "An exception register recording, for each deviation: the control ID and what deviates; "
  .. "the rationale and any compensating controls; the approver, the date and the next review "
  .. "date."
remediation = "Keep an exception register (the `exceptions` section of zdaudit.yaml) with, for each "
  .. "deviation, the control ID, what deviates, the rationale and compensating controls, the "
  .. "approver, the date and the next review date."
question = "Confirm an exception register exists (the exceptions section of zdaudit.yaml, or the "
  .. "subscriber's own register) with an entry for every deviation from the baseline naming the "
  .. "control ID, what deviates, the rationale and any compensating control, the approver, the "
  .. "approval date and the next review date, and recording that the subscriber bears the sole "
  .. "risk. Keep the register and the approvals."
