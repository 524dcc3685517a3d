#define AXTLS_VERSION    "(no version)"
