-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.1: User lifecycle management.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.11.1"
title = "User lifecycle management"
seed_ref = "SRM I.1.a"
product = "Support / Admin Center (people)"
kind = "inventory"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber handles the whole lifecycle of every user of its instance: provisioning, "
  .. "changes, ongoing maintenance, keeping permissions accurate, and deprovisioning. This "
  .. "covers end users and agents, whether on-premises, remote or third-party. Responsibility "
  .. "(subscriber): Zendesk's counterpart (SRM I.2.a) covers only Zendesk's own staff."
evidence = "GET /api/v2/users for agents and admins: role, custom role, last_login_at, suspended, "
  .. "two_factor_auth_enabled, ticket_restriction. Reconciliation against HR "
  .. "joiner/mover/leaver data. Periodic access-review sign-off. The tool can flag agents with"
  .. " no recent sign-in."
remediation = "Review agents and admins in Admin Center > People > Team > Team members at least "
  .. "quarterly: suspend or downgrade leavers and dormant agents, check roles against job "
  .. "needs, and reconcile with HR joiner/mover/leaver data; keep the signed review."
question = "Confirm that this holds for the account: User lifecycle management. Keep as evidence: "
  .. "GET /api/v2/users for agents and admins: role, custom role, last_login_at, suspended, "
  .. "two_factor_auth_enabled, ticket_restriction. Reconciliation against HR "
  .. "joiner/mover/leaver data. Periodic access-review sign-off. The tool can flag agents with"
  .. " no recent sign-in."
uses = { "users" }
