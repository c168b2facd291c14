"""T5 — pages with no content of their own: a bot challenge and an empty body (the ECCP 403/log-in pages are in
p_t1, the nca.cz 404 in p_t2, because they carry those sites' chrome)."""

from common import add

# ---------------------------------------------------------------------------------------------------------- hx-038
url = "https://clustercollaboration.eu/content/eu-clusters-talks-clusters-and-defence-readiness-2030"
page = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}.h2{font-size:1.5rem;font-weight:500;line-height:2.25rem}.footer{font-size:.75rem;line-height:1.125rem;margin:0 auto;max-width:60rem;padding-left:1.5rem;width:100%}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">clustercollaboration.eu</h1><h2 id="challenge-running" class="h2">Verifying you are human. This may take a few seconds.</h2><noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript><div id="challenge-body-text" class="core-msg spacer">clustercollaboration.eu needs to review the security of your connection before proceeding.</div></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "clustercollaboration.eu",cType: 'managed',cNounce: '41871',cRay: '8a1b2c3d4e5f6789',cHash: 'f3e2d1c0b9a8f7e',cUPMDTk: "\\/content\\/eu-clusters-talks-clusters-and-defence-readiness-2030?__cf_chl_tk=Yq3vB8xN1wT2pL0",cFPWv: 'b',cTTimeMs: '1000',cMTimeMs: '390000',cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/content\\/eu-clusters-talks-clusters-and-defence-readiness-2030?__cf_chl_f_tk=Yq3vB8xN1wT2pL0",md: "kX9wq2v0ZpL1sYb4nTq7vR3mC6dG8hJ5aF0eW2uI4oK",cRq: {ru: 'aHR0cHM6Ly9jbHVzdGVyY29sbGFib3JhdGlvbi5ldS9jb250ZW50L2V1LWNsdXN0ZXJzLXRhbGtz',ra: 'TW96aWxsYS81LjA=',rm: 'R0VU',d: 'Zk1vY2tlZERhdGFGb3JUZXN0aW5nT25seQ==',t: 'MTcyOTUwMDAwMC4wMDAwMDA=',cT: Math.floor(Date.now() / 1000),m: 'bW9ja2Vk',i1: 'aTE=',i2: 'aTI=',zh: 'emg=',uh: 'dWg=',hh: 'aGg=',}};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8a1b2c3d4e5f6789';window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length).indexOf('?') !== -1 ? '?' : location.search;document.getElementsByTagName('head')[0].appendChild(cpo);}());</script><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8a1b2c3d4e5f6789</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source=challenge&amp;utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>"""
add(
    "hx-038",
    url,
    "T5",
    "en",
    page,
    is_event=False,
    title="Just a moment...",
    page_title="clustercollaboration.eu",
    notes="NOT an event: a Cloudflare managed challenge ('Just a moment...') served at an EU Clusters Talk URL whose slug "
    "contains a year (2030).",
    what="Cloudflare bot challenge at an event URL.",
)

# ---------------------------------------------------------------------------------------------------------- hx-039
url = "https://clustercollaboration.eu/content/eu-clusters-talks-digital-product-passport-textiles"
page = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<title>EU Clusters Talks: Digital Product Passport for textiles | European Cluster Collaboration Platform</title>
</head>
<body class="path-node page-node-type-event">
</body>
</html>
"""
add(
    "hx-039",
    url,
    "T5",
    "en",
    page,
    is_event=False,
    title=None,
    page_title=None,
    notes="NOT an event: an empty body (truncated response) whose <title> names an EU Clusters Talk.",
    what="Empty body with an event-like <title>.",
)
