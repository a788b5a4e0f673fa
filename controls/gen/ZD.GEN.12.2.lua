-- SPDX-License-Identifier: MIT
-- ZD.GEN.12.2: Security review of Marketplace apps and third-party channels.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.12.2"
title = "Security review of Marketplace apps and third-party channels"
seed_ref = "SRM II.1.b"
product = "Apps / channels"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber weighs the security impact of integrations created by installing "
  .. "Marketplace apps or by enabling third-party channels."
evidence = "App installations (GET /api/v2/apps/installations), with developer and PHI exposure for "
  .. "each. Enabled social and third-party channels (see MSG.1 and SUNCO.1)."
remediation = "Review every installed app (Admin Center > Apps and integrations > Apps > Zendesk "
  .. "Support apps) and every third-party channel: developer, data it reads, whether PHI "
  .. "reaches it; uninstall what is not needed."
question = "Confirm that this holds for the account: Security review of Marketplace apps and "
  .. "third-party channels. Keep as evidence: App installations (GET "
  .. "/api/v2/apps/installations), with developer and PHI exposure for each. Enabled social "
  .. "and third-party channels (see MSG.1 and SUNCO.1)."
uses = { "apps_installations" }
