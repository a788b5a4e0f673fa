-- SPDX-License-Identifier: MIT
-- ZD.HOST.5: GCP-hosted products (WFM, QA, Ultimate) fall outside the AWS region list.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.HOST.5"
title = "GCP-hosted products (WFM, QA, Ultimate) fall outside the AWS region list"
seed_ref = "A, opening note (added 2024-04 and 2024-07)"
product = "Zendesk WFM (formerly Tymeshift), Zendesk QA (formerly Klaus), Ultimate-based features"
kind = "process"
responsible = "shared"
exception = "global-only"
automation = "manual"
description = "These products run on Google Cloud Platform and may not be hostable in any of the listed"
  .. " regions. QA and WFM are in Healthcare Agreement scope through sections XI and XII. If "
  .. "any of these products is used with a healthcare-enabled account, the subscriber must "
  .. "separately find out where its data is hosted and decide whether that meets its residency"
  .. " or HDS needs. It cannot rely on HOST.1 or HOST.2 for them. Responsibility (shared): "
  .. "Zendesk discloses the location. The subscriber assesses it."
evidence = "List of enabled GCP-hosted products. Zendesk's written statement of their hosting "
  .. "location. The subscriber's residency assessment."
remediation = "List which GCP-hosted products (Zendesk WFM, Zendesk QA, Ultimate-based features) are in"
  .. " use, ask Zendesk in writing where their data is hosted, and record whether that meets "
  .. "the residency or HDS requirements; stop using any that do not."
question = "List the Google Cloud-hosted products used with this account (Zendesk WFM, Zendesk QA, "
  .. "Ultimate-based AI agents), ask Zendesk in writing where each stores its data, and confirm "
  .. "the subscriber assessed that location against its residency or HDS needs. Keep the product "
  .. "list, Zendesk's written answer and the dated assessment; if none is used, record that."
