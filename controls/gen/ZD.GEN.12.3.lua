-- SPDX-License-Identifier: MIT
-- ZD.GEN.12.3: Security review of third parties that assist the subscriber.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.12.3"
title = "Security review of third parties that assist the subscriber"
seed_ref = "SRM II.1.c"
product = "Subscriber vendor management"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber weighs the security impact of third parties that help it by supplying "
  .. "staff, tools or code, or by providing services directly against its Zendesk instance. "
  .. "Examples are outsourced agents and implementation partners."
evidence = "Vendor register, with contracts and BAAs or sub-processor terms where PHI is involved. "
  .. "Third-party user accounts tagged in the user inventory (GEN.11.1)."
remediation = "Keep a vendor register of third parties that supply staff, tools, code or services for "
  .. "the Zendesk instance, with contracts and BAAs where PHI is involved, and tag their user "
  .. "accounts."
question = "Confirm a vendor register lists every third party that supplies staff, tools, code or "
  .. "services for this Zendesk instance (outsourced agents, implementation partners), with the "
  .. "contract and BAA or sub-processor terms where PHI is involved, and that their user accounts "
  .. "are tagged in Admin Center > People so the ZD.GEN.11.1 review finds them. Keep the register "
  .. "and the contracts."
