from engine import C, F

C("sextortion", "callum.j09", "lexi.rose_16", "2026-01-11T22:10:00", """
B: hey cutie
A: hey who r u
B: lexi lol, we have mutuals from ur school
A: oh ok
B: ur rly fit ngl
A: lol thanks
B: how old r u
A: 15
B: same!!
~30m
B: send a pic
A: of what
B: u lol. i'll send one back
B: [photo]
A: ok
A: [photo]
B: nah like something just for me 😏
A: idk
B: dont be shy
A: [photo]
~10m
B: ok now listen
B: i have ur pic and a list of all ur followers
B: send me £200 in amazon gift cards or i send it to everyone
A: wait what
A: ur joking right
B: not joking. 10 minutes
A: please dont i'm 15
A: i dont have money
B: ask ur parents. or i send it to ur mum first
A: please im begging u
""")

C("sextortion", "alfie_lw", "hannah.lee.x", "2026-02-04T23:02:00", """
B: hiii
A: hey
B: u look fun lol
A: haha
B: how old r u
A: 14
B: im 15 🙈
A: cool
~20m
B: u got snap?
A: ya
B: add me, we can video
~1h
B: that was fun 😘
B: wait u should see what i recorded
B: [video]
A: what
A: why did u record that
B: send $500 in bitcoin or this goes to ur whole school
A: i dont have that
A: im 14 pls
B: then get it. u have an hour
A: im so scared
A: pls delete it
""")

C("sextortion", "m.evans.11", "chloe_sweet_15", "2026-03-06T21:40:00", """
B: hey saw u on the football page
A: yo
B: ur cute lol
A: thx
B: u in year 10?
A: year 9
B: same lol
~30m
B: i'm bored
B: lets play a game
A: what game
B: truth or dare
A: ok
B: dare: send a pic of u in ur pjs
A: lol idk
B: i'll send one first
B: [photo]
A: [photo]
B: hehe
~15m
B: btw
B: i screenshotted ur profile and saved all ur friends
B: send me 100 in steam cards
A: what?? u said u were a girl
B: do it now or i post ur pic on ur schools page
A: i dont have steam cards
B: go to a shop. 30 min
A: i cant go out its late
""")

C("sextortion", "lucy.b_2010", "ty.sweet.17", "2026-02-12T20:15:00", """
B: heyy
A: hi
B: u seem so nice
A: thx
B: u got a bf
A: no
B: i'm surprised 😌
~1d
B: i rly like u
A: u dont know me tho
B: feels like i do
B: send me a pic of u rn?
A: [photo]
B: stunning
B: send one more, something cute
A: no
B: come on i sent u loads
A: [photo]
~2h
B: send more or i'll show these to ur mates
A: what
B: u heard
A: why r u doing this
B: 3 more pics or i post them
A: please i'm only 14
A: i'll tell someone
B: tell someone and i post them straight away
""")

C("sextortion", "ryan.p", "anna.bae", "2026-01-25T23:30:00", """
B: hey ryan
A: hey
B: ur cute fr
A: lol
B: wanna video chat
A: sure
~40m
B: i recorded u
B: pay me $300 or i send it to all ur followers
A: i'm 13 i dont have money
B: i know ur mum's facebook. want me to send it to her?
A: no pls
B: then pay
A: how
B: apple gift cards. send the codes
A: i only have 20
B: not enough. find more
A: i feel sick
A: pls
""")

C("sextortion", "elliemay", "josh_from_yr10", "2026-03-09T21:05:00", """
B: hey u go to parkside right
A: ya who r u
B: josh, year 10
A: oh i dont think i know u
B: i'm new lol
B: u seem sweet
~1d
B: i wanna tell u something
B: i rly like u
A: 🙈
B: send me a pic pls
A: of me?
B: ya, a cute one, in ur room
A: [photo]
B: ur perfect
B: now one thats just for me
A: i dont want to
B: then i'll show this one to everyone and say u sent more
A: what? why
B: ur choice
A: i'm 13 pls stop
""")

C("sextortion", "oscar.d_", "mia.sunshine04", "2026-02-23T22:45:00", """
B: hi cutie
A: hey
B: u look so grown up in ur pics
A: lol i'm 15
B: i'm 16 lol
~30m
B: wanna see me
A: ok
B: [photo]
B: ur turn
A: idk
B: dont be boring
A: [photo]
~5m
B: i have ur pic and i have ur followers list
B: i'll send it to all of them
A: no pls
B: $200 in crypto or send more pics
A: i dont know how to do crypto
B: then more pics. 5 mins
A: i'm shaking
""")

C("sextortion", "nate.fishing", "bella.xxo", "2026-01-16T20:10:00", """
B: hi!! saw u on the fishing tiktok lol
A: lol hi
B: u seem funny
A: haha
B: how old
A: 14
B: 15 lol
~1h
B: send me a pic of u in ur pjs lol, just joking around
A: idk
B: everyone does it lol
A: [photo]
~5m
B: ok now send $250
A: what
B: or i post it with ur name and school
A: i cant
A: pls
B: i'll start with ur cousin then, she follows u right
A: no no no
A: i'll try get money
""")
