-- SPDX-License-Identifier: MIT
-- mobile.lua — whether the Zendesk Support mobile app may be used, for the MOBILE controls that
-- concern the app itself (not browser access from phones): not applicable only when security
-- settings prove the app switched off.
local feature = require "feature"
local M = {}

-- probe(body) -> "off" | "on" | "unknown", evidence, for the security_settings body.
M.probe = feature.flag("security_settings", "security_settings.mobile_app_access")

function M.ask_unless_off(snap, ask)
  return feature.ask_unless_off(snap, "security_settings", "The Zendesk Support mobile app",
    M.probe, ask)
end

return M
