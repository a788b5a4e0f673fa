-- SPDX-License-Identifier: MIT
-- ZD.HOST.3: HDS-enabled accounts should hold the data-location guarantee (derived).
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.HOST.3"
title = "HDS-enabled accounts should hold the data-location guarantee (derived)"
seed_ref = "Derived from A (\"Data location agreement\") and D's preamble (HDS-enabled accounts)"
product = "Account / subscription"
kind = "setting"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "For an HDS-enabled account (the French health-data hosting regime), the subscriber "
  .. "should hold the Data Center Location add-on. That fixes the hosting location of Service "
  .. "Data contractually, and the fixed location should be the one the subscriber's HDS "
  .. "obligations require. The seed does not state this in one place. It follows from two "
  .. "statements taken together: without the add-on, Zendesk may move data between regions "
  .. "without notice (HOST.4), and HDS accounts carry extra duties (HOST.7). Confirm the exact"
  .. " required region against the HDS Terms Exhibit. The seed names no region."
evidence = "Order form showing the add-on. The HOST.1 region confirmation, consistent with the HDS "
  .. "Exhibit."
remediation = "For an HDS-enabled account, buy the Data Center Location add-on with the location the "
  .. "HDS Terms Exhibit requires, and keep the order form next to the HOST.1 region "
  .. "confirmation."
question = "Confirm that this holds for the account: HDS-enabled accounts should hold the "
  .. "data-location guarantee (derived). Keep as evidence: Order form showing the add-on. The "
  .. "HOST.1 region confirmation, consistent with the HDS Exhibit."
