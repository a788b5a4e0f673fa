-- SPDX-License-Identifier: MIT
-- ZD.GEN.14.2: Due diligence on unknown parties and untrusted content.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.14.2"
title = "Due diligence on unknown parties and untrusted content"
seed_ref = "SRM IV.1.b"
product = "All channels"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber exercises due diligence over communications with unknown individuals and "
  .. "over untrusted content arriving through the service, for example phishing and malicious "
  .. "attachments. See MSG.10 and SUNCO.9."
evidence = "Agent security-awareness training, endpoint anti-malware, and a handling procedure."
remediation = "Train agents on phishing and malicious attachments, run anti-malware on agent endpoints,"
  .. " and write a handling procedure for suspicious messages."
question = "Confirm agents are trained to handle messages from unknown senders and untrusted "
  .. "attachments (phishing, malware), that agent devices run anti-malware, and that a written "
  .. "procedure says how to report and handle suspicious content. Keep the training records, the "
  .. "anti-malware coverage report and the procedure."
