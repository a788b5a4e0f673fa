-- SPDX-License-Identifier: MIT
-- roles.lua — Zendesk's role types. GET /api/v2/custom_roles lists Zendesk's own system roles
-- beside the account's custom ones: role_type "0 stands for a custom agent, 1 for a light
-- agent, 2 for a chat agent, 3 for a contributor, 4 for an admin and 5 for a billing admin"
-- (Custom Agent Roles API reference, developer.zendesk.com/api-reference/ticketing/
-- account-configuration/custom_roles/). Admin and billing admin are listed but cannot be
-- changed (Zendesk announcement 4414044193306); users assigned to them carry role_type and
-- custom_role_id, sometimes as strings (same announcement; real reply in
-- ../shared/zendesk-api/samples/custom_role_admin.zenpy-recording.json). A system role is
-- what Zendesk defines, not a widening the subscriber made: the controls review its members
-- (access review) instead of asking to edit it.
local M = {}

M.SYSTEM = { [1] = "light agent", [2] = "chat-only agent", [3] = "contributor",
             [4] = "admin", [5] = "billing admin" }

-- kind(role) -> "custom" | "system" | nil (role_type present but unreadable), and the
-- integer role_type (0 when absent: older replies and custom roles created before the field).
function M.kind(role)
  local raw = role.role_type
  if raw == nil or raw == zd.null then return "custom", 0 end
  local t = zd.int(raw)
  if t == 0 then return "custom", 0 end
  if t ~= nil and M.SYSTEM[t] then return "system", t end
  return nil, t
end

-- privileged(role_type) -> true for the admin and billing admin system roles, which see and
-- manage everything by design.
function M.privileged(t)
  return t == 4 or t == 5
end

-- The label of a system role ("system role 'Admin' (admin)").
function M.label(role, t)
  return "system role '" .. (zd.str(role.name) or "?") .. "' (" .. (M.SYSTEM[t] or "?") .. ")"
end

return M
