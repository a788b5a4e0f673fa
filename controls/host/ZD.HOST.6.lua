-- SPDX-License-Identifier: MIT
-- ZD.HOST.6: Only region-level location is available.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.HOST.6"
title = "Only region-level location is available"
seed_ref = "A, \"Obtaining the physical address where your Service Data is hosted\""
product = "Account"
kind = "acknowledgement"
responsible = "zendesk"
exception = "n/a"
automation = "manual"
description = "On request, Zendesk discloses only the general AWS region (country, regional area, state"
  .. " or city, as AWS describes it), never a street address. Inside a region, AWS keeps "
  .. "copies of data in several availability zones, and therefore in many facilities. AWS does"
  .. " not disclose data-centre locations. The subscriber's records of processing and "
  .. "compliance documentation must therefore rely on region-level location."
evidence = "None beyond the HOST.1 record."
remediation = "Record in the records of processing that only region-level hosting location is "
  .. "available, citing the HOST.1 confirmation."
question = "Confirm the records of processing and the compliance documentation give the hosting "
  .. "location at AWS-region level only (Zendesk and AWS disclose no data-centre address), citing "
  .. "the ZD.HOST.1 confirmation. Keep the signed acknowledgement or the page of the records of "
  .. "processing that says so."
