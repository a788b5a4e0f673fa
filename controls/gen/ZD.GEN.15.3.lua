-- SPDX-License-Identifier: MIT
-- ZD.GEN.15.3: Marketplace apps are maintained by their developers, not Zendesk.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.15.3"
title = "Marketplace apps are maintained by their developers, not Zendesk"
seed_ref = "SRM V, footnote"
product = "Marketplace apps"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Marketplace apps run inside Zendesk's architectural boundary but are not covered by the "
  .. "standard MSA. The terms between the subscriber and the app developer govern them, under "
  .. "Zendesk's Marketplace terms. Maintaining them is the developer's job. The subscriber "
  .. "should therefore vet each installed app and its developer. Derived for healthcare "
  .. "accounts: decide whether PHI reaches the app, and whether a BAA or HDS terms with the "
  .. "developer are needed. Responsibility (subscriber): The app developer, a third party, "
  .. "maintains the app."
evidence = "GET /api/v2/apps/installations plus app metadata (developer), each with a recorded "
  .. "review."
remediation = "For every Marketplace app installed, record the developer, the terms that govern it, "
  .. "whether PHI reaches it, and whether a BAA or HDS terms with the developer are needed; "
  .. "uninstall apps that fail the review."
question = "Confirm that this holds for the account: Marketplace apps are maintained by their "
  .. "developers, not Zendesk. Keep as evidence: GET /api/v2/apps/installations plus app "
  .. "metadata (developer), each with a recorded review."
uses = { "apps_installations" }
