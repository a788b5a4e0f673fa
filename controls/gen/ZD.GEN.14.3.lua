-- SPDX-License-Identifier: MIT
-- ZD.GEN.14.3: Govern logs and data exported from the service.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.14.3"
title = "Govern logs and data exported from the service"
seed_ref = "SRM IV.1.c"
product = "Exports / APIs"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber manages any logs or data it pulls out of the service under the "
  .. "regulations that apply, covering storage, retention and access."
evidence = "Retention and protection rules for audit-log exports, reports and API extracts, "
  .. "including Explore exports (EXPLORE.2)."
remediation = "Set retention, storage and access rules for audit-log exports, reports, Explore exports "
  .. "and API extracts, and apply them."
question = "Confirm written rules govern the storage, retention and access of everything taken out "
  .. "of Zendesk (audit-log exports, reports, Explore exports, API extracts, zdaudit snapshots), "
  .. "and that they are applied. Keep the rules and proof they are applied, such as the storage "
  .. "location's access list and deletion log."
