/**
 * Technical words a customer may not know, one per line, with a plain wording after `=` where
 * one fits. ALL-CAPS entries match only in capitals ("SPF" the record, not sunscreen); the
 * others ignore case and take plurals; `a|b` are spellings of one term. Widely known words
 * (browser, cache, password, app, PDF) are left out: a hint on a word everybody knows is wrong.
 * So are words whose everyday sense a customer reads first (the rubric's jargon is a term they
 * "would likely not understand"): "flush" (sits flush; the DNS of "flush your DNS" is the
 * jargon), "sprint" (also a carrier's name), "prod" (give it a prod), "triage" (at A&E).
 * Nor words of the trade that the customers who meet them know: "latency", "hotfix", "SMTP" and "EOD"
 * were jargon to the labellers in 1 of the 12 tuned replies that use them (thirty-second pass), "BACS"
 * (the British bank transfer, "paid to your account by BACS") in 4 of 8 (thirty-third pass).
 */
const LIST = `DNS=the internet's address book (DNS)
TTL=how long the old setting lingers
CDN
API
SSO=single sign-on
SAML=your company login
OAuth
DKIM=an email security record
SPF=an email security record
DMARC=an email security record
MX record
CNAME=a DNS alias
TLS=the secure connection
SSL=the secure connection
SLA=our promised response time
endpoint=web address
webhook
throughput=speed
race condition=a timing problem
regression=a bug from an update
deprecated=being phased out
backend|back-end=our servers
frontend|front-end=the app screens
cron job|cron=scheduled task
staging environment|staging server=our test system
stack trace=error details
localStorage|local storage=your browser's saved data
websocket|web socket
propagation=the change spreading
access token|bearer token|refresh token
rate limit|rate limiting|rate-limit=a request limit
L2
L3
repro
edge case
payload
SDK
CLI
regex
CORS
JWT
NAT
DHCP
TCP
idempotent
middleware
load balancer
checksum
SCA=an extra security check
3DS|3-D Secure=an extra security check for online card payments
MCC
UTF-8
delimiter=separator
parser
null value=empty
schema=layout
point-in-time restore=restoring from a backup
TLS handshake=the secure connection
edge server=our servers
AAAA record=a DNS setting
CAA record=a DNS setting
ACME
hostname=web address
cache-busting
PIR=the missing bag report
WorldTracer=the airlines' bag tracing system
AHL=a missing bag record
rush tag=a priority label for a found bag
PNR=booking reference
EU261|EC261|UK261=the passenger compensation rules
RMA=return number
SKU=product code
ACH=a bank transfer
IMEI=your phone's serial number
APN=your phone's data settings
PAC code=the code to keep your number
MPAN=your meter number
MPRN=your meter number
KYC=identity checks
DSAR=a request for your data
YPP=the YouTube Partner Program
CPM
EORI=your trader number for customs
HS code|HS classification=the customs product code
demurrage=port storage charges
Incoterms=who pays for which part of shipping
WAN=the internet connection
SSID=your Wi-Fi network's name
lipid panel=cholesterol test
IGU|IGUs=the sealed glass unit
desiccant=the drying crystals
interstitial condensation=condensation inside the wall
RCD|RCDs=the safety trip switch
TRV|TRVs=the radiator's thermostat valve
ECU=the engine's computer
EMV=chip and PIN
acquirer=the card payment bank
RFID=the contactless tag
OTA=an over-the-air update
telemetry=the machine's remote reporting
collimation=lining up the mirrors
attenuation=signal loss
desludge|desludging|desludged=empty the tank
effluent=waste water
percolation test=a test of how fast water soaks away
WEEE=electrical waste recycling
VLE=the online learning site
LMS=the online learning site
euro cylinder|euro cylinders=the lock barrel
POD=proof of delivery
margin scheme=the VAT scheme for second-hand goods
spacer bar=the strip between the two panes
perimeter seal=the seal round the edge
hydrostatic pressure test=a pressure test
PEN fault=a fault in the supply's earth
DC leakage=a small electrical leak
CT clamp=the clip-on current sensor
LTHW=the hot-water heating
O2 sensor=the exhaust oxygen sensor
band steering=switching between Wi-Fi bands
WPA2 key=your Wi-Fi password
orthomosaic=the stitched aerial map
GIS=mapping software
tube current|tube currents=the X-ray tube setting
contravention=the rule broken
General Binding Rules=the rules for small sewage systems`;

export const JARGON_TERMS: readonly (readonly [term: string, plain?: string])[] = LIST.split('\n').map((line) => {
  const [term = '', plain] = line.split('=');
  return plain === undefined ? [term] : [term, plain];
});
