#pragma once

// The sources rules cite, written once so every message names them the same way.
// See ../../docs/arrangements.md for the facts behind them.
namespace govsim::source {
inline constexpr const char* sw_act_1968 = "Social Work (Scotland) Act 1968 s3";
inline constexpr const char* cswo_guidance = "Scottish Government, The Role of the CSWO (2016)";
inline constexpr const char* ijb_regulations = "SSI 2014/285";
inline constexpr const char* joint_working_act = "Public Bodies (Joint Working) (Scotland) Act 2014";
inline constexpr const char* lassa_1970 = "Local Authority Social Services Act 1970 s6";
inline constexpr const char* dass_guidance = "DASS statutory guidance (2006)";
inline constexpr const char* adass_councillors = "ADASS, Working with elected councillors";
inline constexpr const char* is_cswo_briefing = "Improvement Service, CSWO briefing (2017)";
inline constexpr const char* councillors_code = "Councillors' Code of Conduct (2021)";
inline constexpr const char* audit_scotland_2016 = "Audit Scotland, Social work in Scotland (2016)";
inline constexpr const char* bovens = "Bovens (2007): accountability needs an actor and a forum";
inline constexpr const char* raci = "RACI practice: each task has exactly one accountable party";
/// Every source above, so a report can leave the citations to its sources section.
inline constexpr const char* all[] = {
    sw_act_1968,       cswo_guidance,    ijb_regulations,  joint_working_act,   lassa_1970, dass_guidance,
    adass_councillors, is_cswo_briefing, councillors_code, audit_scotland_2016, bovens,     raci};
}  // namespace govsim::source
