-- SPDX-License-Identifier: MIT
-- ZD.SUNCO.2.1: OAuth 2.0: preferred; distinct client identities.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.SUNCO.2.1"
title = "OAuth 2.0: preferred; distinct client identities"
seed_ref = "IV.2.a"
product = "Sunshine Conversations API (OAuth)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "Use OAuth 2.0 and its authentication scheme wherever possible. It gives the "
  .. "finest-grained control but needs the user's consent. Give every OAuth client a "
  .. "descriptive, unique name and a unique identifier. Unlike SUP.4.1, the seed adds no "
  .. "least-privilege clause here."
evidence = "The Sunshine Conversations OAuth client or integration list, with unique names and IDs."
remediation = "Prefer OAuth for Sunshine Conversations integrations and give every OAuth client or "
  .. "integration a unique descriptive name."
question = "List the OAuth clients and integrations that reach Sunshine Conversations (Admin Center"
  .. " > Apps and integrations > APIs > Conversations API, and the integrations API) and show that"
  .. " OAuth is used where possible and each client has a unique, descriptive name and its own"
  .. " identifier. Keep the list."
uses = { "sunco_integrations" }
