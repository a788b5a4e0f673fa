-- SPDX-License-Identifier: MIT
-- ZD.TEST.1: a control that exists only for the config tests.
id = "ZD.TEST.1"
title = "A test control"
seed_ref = "-"
product = "Tests"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "Exists so that config tests have a control to attest."
evidence = "None."
remediation = "None."
question = "Nothing to confirm."
params = { "routing", "matrix" }
