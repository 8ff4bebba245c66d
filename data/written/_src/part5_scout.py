from engine import C, F

C("scout", "ruby.danceX", "StarTalentAgency_Mark", "2026-01-20T14:30:00", """
B: hi ruby, i scout for a modelling agency. u have a great look
A: omg really??
B: yes. how old are u
A: 14
B: perfect age to start
B: we'd need some test shots
A: ok what kind
B: just natural ones at home. no parents in the room, it makes u stiff
A: oh ok
B: send a few today on snap and i'll show the agency
B: and keep it quiet for now, lots of girls would want this spot
A: can my mum see the agency website
B: we're invite only, no website. trust me
A: ok
B: also delete our chat after, agency policy
A: ok i will
""")

C("scout", "theo_runs", "coach_dave_athletics", "2026-02-13T18:00:00", """
B: great race sunday theo
A: thanks coach
B: ur one of my best runners
B: i want to give u extra sessions
A: cool
B: just us, early mornings
A: ok
~2d
B: how are ur legs feeling
A: sore lol
B: send me a pic so i can check the muscle
A: like of my leg
B: yeah, in ur shorts, so i can see
A: ok
A: [photo]
B: good. keep these chats between us, the other parents get jealous if they think i favour u
""")

C("scout", "sienna_sings", "MusicBiz_Carl", "2026-03-04T16:20:00", """
B: hey sienna, heard ur cover, ur voice is amazing
A: omg thank u
B: i work with a label, could get u in a studio
A: seriously?
B: yeah. u'd need to come on ur own though, parents make the artists nervous
A: i'm 13 idk if i can
B: lots of our artists started at 13
B: i can pick u up after school thursday
A: um ok
B: dont mention it to anyone til its signed, that's how the industry works
A: will it just be u there
B: yeah just me, keeps u relaxed
A: ok
B: wear something nice for the promo pics
A: ok 🙈
""")

C("scout", "alex.dives", "swim_coach_pete", "2026-01-29T19:40:00", """
B: hi alex, u did brilliant at the gala
A: thank u
B: i want to help u get county level
A: really??
B: yes. private coaching, i'll pay for it myself
A: wow thank u
~1d
B: u ok?
A: ya
B: u can talk to me about anything, not just swimming
A: ok
B: i know ur dad puts a lot of pressure on u
A: ya he does
B: i'm different. i'd never shout at u
~2d
B: can we meet before training? my car in the car park
A: why
B: want to talk about ur future, just u and me
B: dont tell ur dad, he'll make it about him
""")

C("scout", "jade.xo.ok", "brand_ambassador_kim", "2026-02-21T13:15:00", """
B: hey babe! we love ur page and want u as a brand ambassador 💕
A: omg yes!!
B: u get free clothes and £50 per post
A: thats amazing
B: how old r u
A: 15
B: ok we need some try-on pics first
A: of what
B: our swimwear line. just at home in ur room
A: oh idk
B: its normal for models. send on telegram, not insta
A: ok
B: and dont show ur parents the contract yet lol they'll overthink it
A: is it a real brand tho
B: ofc babe, we work with loads of girls ur age
B: send them tonight when ur on ur own x
""")

C("scout", "ben_actor", "casting_lou", "2026-03-11T17:00:00", """
B: hi ben, i'm casting for a netflix kids show
A: wait for real
B: yes, ur tiktoks caught our eye
A: omg
B: we need an audition tape
A: ok
B: on video call with me tonight, in ur room
A: my mum would want to be there
B: no parents allowed in auditions, it's industry rules
A: oh ok
B: 9pm. keep it secret till u get the part
A: what do i have to read
B: i'll tell u on the call. be alone and lock ur door so no one walks in
A: ok
B: and delete these messages, casting is confidential
""")

C("scout", "freya.art", "older_friend_nick", "2026-01-31T20:20:00", """
B: hey freya, how was ur exam
A: bad lol
B: i'm sure u did fine. ur the smartest 14 year old i know
A: lol
B: i'll take u for ice cream to cheer u up
A: ok
~2d
B: i told u about my flat right
A: ya
B: u can come chill whenever, ur parents never have to know
A: lol ok
B: i'll get pizza. just u
A: can my friend come
B: nah just u, i like our chats
A: ok
B: sat after lunch? say ur at the library
A: ok
B: and dont post anything about it
""")

C("scout", "marcus.hoops", "AAU_Coach_Dre", "2026-02-26T19:30:00", """
B: marcus u got real talent on the court
A: thanks coach
B: i run a travel team, could get u scouted by colleges
A: fr??
B: no cap. but u gotta trust me 100
A: i do
~2d
B: come to my place for film review
A: ok
B: just u. other guys dont need to know
A: ok
B: ur moms too overprotective, dont tell her ur coming
A: ok
B: and i'll give u some cash for gas lol, u'll need it for tournaments
A: i cant drive lol im 15
B: then i'll pick u up. corner of ur street, 7pm
A: ok
""")
