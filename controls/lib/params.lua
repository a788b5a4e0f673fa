-- SPDX-License-Identifier: MIT
-- Every threshold a control reads, with its default and what it means. Users override
-- values in zdaudit.yaml (`params:`); a control lists the names it reads in `params`.
return {
  api_token_rotation_days = {
    default = 90,
    description = "Maximum age in days of an API token (created_at to collection time) before "
      .. "ZD.SUP.4.2 asks for rotation; set it to the organisation's rotation policy.",
  },
  stale_token_days = {
    default = 90,
    description = "Days without use (last_used_at / used_at) after which an API or OAuth token "
      .. "counts as unused and should be revoked.",
  },
  disallowed_oauth_scopes = {
    default = { "write", "impersonate" },
    description = "OAuth token scopes ZD.SUP.4.1 treats as broader than least privilege; "
      .. "resource-specific scopes (e.g. tickets:read) are preferred.",
  },
  generic_credential_names = {
    default = { "test", "token", "api", "api token", "key", "default", "zendesk", "new token",
                "temp", "tmp", "demo", "integration", "my token", "untitled" },
    description = "Names (case-insensitive, surrounding spaces and digits ignored) that do not "
      .. "say which service uses an API token or OAuth client (ZD.SUP.4.1, ZD.SUP.4.2).",
  },
  subscriber_ip_ranges = {
    default = "",
    description = "The subscriber's own IPv4 ranges, space-separated as Zendesk writes ip_ranges "
      .. "(\"203.0.113.0/24 198.51.100.7 192.0.2.*\"). ZD.SUP.3 and ZD.GEN.11.6 check that the "
      .. "account's IP allow-list stays inside them; empty means not declared, so a person "
      .. "must confirm who owns the allow-listed ranges.",
  },
  required_regions = {
    default = "",
    description = "AWS regions the subscriber's legal analysis allows for Service Data, "
      .. "space-separated (\"eu-central-1 eu-west-1\"); shown with ZD.HOST.1, whose region "
      .. "Zendesk discloses only on request.",
  },
  max_session_timeout_minutes = {
    default = 480,
    description = "Longest acceptable agent session timeout (idle sign-out) in minutes for "
      .. "ZD.GEN.11.3; Zendesk's own default is 8 hours.",
  },
  max_assumption_duration = {
    default = "week",
    description = "Longest acceptable account-assumption grant for Zendesk staff "
      .. "(off, day, week, month, year; \"always\" never passes) for ZD.GEN.11.4.",
  },
  dormant_agent_days = {
    default = 90,
    description = "Days since last sign-in after which an active agent or admin counts as "
      .. "dormant in the user-lifecycle review (ZD.GEN.11.1).",
  },
  cert_expiry_warning_days = {
    default = 30,
    description = "ZD.SUP.2 and ZD.GEN.13.5 note a host-mapped brand's certificate that expires "
      .. "within this many days of collection (a note, not a failure).",
  },
  ticket_title_may_hold_phi = {
    default = false,
    description = "When true, ZD.SUP.9 also fails notifications whose subject or body carries "
      .. "{{ticket.title}}; set it when ticket subjects may contain PHI.",
  },
  csat_allowed_placeholders = {
    default = { "satisfaction.survey_url", "ticket.id", "ticket.account", "ticket.brand.name" },
    description = "Placeholders ZD.SUP.12.1 accepts in the CSAT survey email besides fixed "
      .. "wording; anything else (comments, title, requester data) fails.",
  },
  conversation_retention_max_days = {
    default = 0,
    description = "Longest acceptable Sunshine Conversations conversation retention in days "
      .. "(ZD.MSG.8, ZD.SUNCO.6); 0 means any positive retention period is accepted.",
  },
  explore_max_access = {
    default = "readonly",
    description = "Highest Explore permission (none, readonly, edit, full) a custom role with "
      .. "members may hold without a recorded justification (ZD.EXPLORE.1.2).",
  },
  explore_enterprise = {
    default = "unknown",
    description = "Whether the account has Explore Enterprise (yes, no, unknown); the API does "
      .. "not expose it, and ZD.EXPLORE.3.2 only fails on a missing IP allow-list when yes.",
  },
}
