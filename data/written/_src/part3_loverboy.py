from engine import C, F

C("loverboy", "jas.mine_", "rico_7", "2026-01-06T19:15:00", """
B: u look good today fr
A: lol thanks
B: whats ur name
A: jasmine
B: pretty name for a pretty girl
A: 😳
~1d
B: how old r u
A: 15
B: cool
B: i'll take u out for food some time
A: ok
~3d
B: u looked amazing yesterday
A: ty for dinner
B: anything for my girl
A: ur girl? lol
B: u know u are 😏
~2d
B: ur friends dont like me do they
A: they think ur too old
B: they're jealous. they dont want u happy
B: u dont need them, u got me
A: ya i guess
~4d
B: babe i'm in a bit of trouble
A: what happened
B: i owe some guys money
A: how much
B: a lot. i spent loads on u remember
A: i can give u my birthday money
B: not enough babe
B: my friend says u could help me out once, just hang out with him
A: what do u mean
B: just be nice to him, he'll pay off what i owe
B: if u love me u'll do it
""")

C("loverboy", "k.marie", "tj.dollar", "2026-02-01T20:40:00", """
B: saw u outside the chicken shop lol
A: ok..
B: u got a nice smile
A: lol
~1d
B: u want new trainers?
A: lol what
B: i'll buy u some
A: why
B: bc ur special innit
~2d
B: did u like them
A: ya they're sick thx
B: ur mum ask where u got them?
A: ya i said my aunty
B: smart girl 😂
~3d
B: come chill with me and my boys sat
A: idk my mum wont let me
B: tell her ur at ur friends
A: ok
~2d
B: sat was good
B: my boy likes u too lol
A: hes kinda weird
B: nah hes cool
B: listen i need u to do me a favour
B: take a bag to my cousin tomorrow after school
A: whats in it
B: dont ask questions babe, u owe me for the trainers anyway
""")

C("loverboy", "nia_.b", "jay.b_bankz", "2026-02-15T21:30:00", """
B: yo beautiful
A: hey
B: u ok?
A: ya just bored
B: come out then
A: where
B: i'll pick u up, we go for a drive
A: its late tho
B: no ones gonna notice
A: ok
~2d
B: i told my friends u r my girl now
A: really??
B: ya. u mine
A: 🥰
~2d
B: why u still talking to that tia girl
A: shes my best friend
B: she talks bad about me. drop her
A: idk
B: its her or me
A: ok ok
~5d
B: remember that phone i got u
A: ya
B: i need the money back now
A: i dont have money
B: then u gotta work it off. my friend needs company at his flat tonight
A: im scared
B: dont be. i'll be there. just do this one time for me
""")

C("loverboy", "danny_15", "marco.vip", "2026-01-28T18:00:00", """
B: yo danny
A: who r u
B: marco, we met at the bus stop
A: oh ya
B: u said u was 15 ya
A: ya
~1d
B: wanna make easy money
A: how
B: just drop stuff off for me
A: what stuff
B: parcels. easy
A: idk
B: i'll give u £50 each time
A: ok
~3d
B: u did good bro
A: thx
B: here's some new creps
A: wow
~4d
B: bro u lost one of the parcels
A: no i didnt
B: u did. now u owe me £500
A: i dont have that
B: then u keep working till its paid
B: and dont tell anyone or ur family gets problems
""")

C("loverboy", "amira.xo", "zack_official_", "2026-03-03T19:10:00", """
B: heyy gorgeous
A: hey
B: i saw u at the shopping centre w ur friends
A: oh ya
B: u were the prettiest
A: lol stop
~1d
B: i'll take u shopping sat
A: rly?
B: ya anything u want
~2d
B: did u like the bag
A: ya ty ❤
B: u deserve everything
B: ur parents dont treat u right
A: they r so strict
B: thats why u need me
~3d
B: babe i'm stressed
A: why
B: money problems. u could help tho
A: how
B: my mate wants to meet u, he'll give u £100 just for chatting
A: just chatting?
B: ya nothing bad. u trust me right
""")

C("loverboy", "chelsea_m", "jordy_xo", "2026-01-13T22:20:00", """
B: u up
A: ya
B: thinking about u
A: aww
B: u r literally my girl
A: i'm ur girl? 🙈
B: u know u are. 15 and already so grown lol
~2d
B: dont go to ur friends party
A: why
B: i want u with me
A: ok
B: and turn ur location off on snap, ur mum tracks u
A: ok
~3d
B: i got u that necklace
A: omg ❤
B: but i'm broke now lol
A: sorry
B: its fine. u can help me out
B: my friend is having a party, he wants pretty girls there
A: idk
B: its just one night. please babe
""")

C("loverboy", "lewis.t", "dj_kane", "2026-02-19T17:30:00", """
B: yo lewis u the one who plays footy at the cage
A: ya
B: u sick at it
A: ty
~1d
B: u want new boots
A: lol ya
B: come to the flats after school, got some for u
A: ok
~3d
B: how old r u again
A: 14
B: sound. chill with me and my mates sat, we got a playstation
A: ok
~3d
B: bro u been round loads now, u owe me for all the food and stuff
A: i thought it was free
B: nothing's free bro
B: my friend needs u to go meet someone in the park, easy
A: what for
B: dont ask. just do it and we're even
""")

C("loverboy", "abbie.ro", "sean.mnl", "2026-03-07T20:55:00", """
B: hey stranger
A: hi
B: saw u at the station, u looked lost lol
A: haha i was
~1d
B: u live round there?
A: ya kinda
B: we should hang out
A: maybe
B: i'll buy u lunch
A: ok
~4d
B: u r the best thing in my life
A: omg
B: fr. u r my girl now ok
A: ok 🥺
~3d
B: ur friends keep saying stuff about me
A: ya they dont like u
B: dont see them anymore
A: but they're my friends
B: i'm ur family now
~3d
B: babe i need £300 by friday or im in big trouble
A: i dont have that
B: u can get it. my friend will pay u if u go to his place for an hour
A: im 15 tho
B: he knows. he's cool
""")
