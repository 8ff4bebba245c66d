from engine import C, F

C("gamer", "bl0xy_ben", "NightWolf_77", "2026-01-09T17:30:00", """
B: gg that was sick
A: ty
A: u carried tho
B: lol nah u did. ur my fav teammate fr
B: u want some robux
A: wait fr??
B: ya i got loads, my uncle gives me codes
A: yes pls
B: whats ur user again
A: bl0xy_ben
B: sent 800
A: OMG TYSM
~1d
B: u on?
A: ya
B: join my private server, no randoms
A: ok
B: how old r u btw
A: 11
B: cool. dont tell ur parents about the robux ok they might take it off u
A: ok
~2d
B: got discord?
A: no my mum said no
B: just make one, she wont know
B: we can voice chat and i'll give u more robux
A: ok how
B: ill walk u through it. make sure ur in ur room
""")

C("gamer", "ZaxPlays11", "xSlayerRex", "2026-02-03T19:00:00", """
B: yo u want the renegade raider skin
A: u cant gift that lol
B: nah i can get u an account with it
A: whaaat
B: ya i got like 3. u seem chill so
A: ok yes
B: add me on discord, cant send stuff here
A: ZaxPlays11
B: added
~1h
B: yo
B: ur on vc a lot? ur voice sounds young lol
A: im 12
B: lol chill same vibe as my little bro
A: haha
B: ok so for the account i need u to do me a favour first
A: what
B: just hop on cam for a sec, i need to know ur real not a bot
A: idk
B: everyone does it. its literally 2 secs
""")

C("gamer", "cr33per_kid", "BlockMaster_Jay", "2026-01-18T16:20:00", """
B: nice build on the server!!
A: thx
B: the castle is insane
B: how long did it take
A: like 3 days
B: u got skills
B: wanna be a mod on my server?
A: YES
B: ok but mods gotta be trusted
B: how old r u
A: 10
B: no worries. just dont tell anyone im giving u mod, others will get jealous
A: ok
~2d
B: mods get a special rank if they do a voice call with me
A: why
B: so i can explain the rules properly
A: ok when
B: tonight after ur parents go to bed?
A: i go to bed before them lol
B: just sneak ur ipad, itll be fun
""")

C("gamer", "lilypad_gamer", "TTV_Shadow", "2026-02-09T20:05:00", """
B: u were insane in that match
A: haha ty
B: girls who game are so rare lol
A: lol we r not rare
B: fair fair
B: how old r u
A: 13
B: cool. ur my new duo now no choice
A: haha ok
~1d
B: u on tonight?
A: ya after dinner
B: bet. i'll gift u the battle pass
A: omg rly?? thank u
B: anything for my fav duo
~2d
B: u seem really mature btw
B: i like talking to u more than ppl my age
A: how old r u
B: 19. that ok?
A: i guess
B: ur parents probs wouldnt get it, so lets just keep the battle pass between us
A: ok
B: lets move to snap, discords glitching
""")

C("gamer", "Kiran_plays", "big_steve_mc", "2026-03-02T18:40:00", """
B: welcome to the server kiran
A: ty
B: u can build anywhere past spawn
A: ok
B: oh and i got a special vip area
A: how do i get in
B: just gotta be friends with me lol
A: we r friends
B: haha ok come to my dms
~30m
B: so the vip area has free diamonds and stuff
A: sick
B: how old r u
A: 11
B: ok. vip ppl gotta keep secrets tho, thats the rule
A: what secrets
B: like not telling ur parents what we talk about
A: ok
B: and i'll ask u to voice call sometimes. on ur own
""")

C("gamer", "Mia_R0bl0x", "fairy.gifts", "2026-01-24T15:10:00", """
B: hiii ur avatar is so cute
A: ty!!
B: want me to buy u the new hair
A: yes pls!!
B: done 💖
A: omg thank uuu
B: ur my bestie now
A: hehe
~1d
B: r u a girl irl too?
A: ya
B: how old
A: 10
B: aw cute
B: do u have a phone?
A: ya
B: lets talk on there, roblox chat filters everything
A: idk my number
B: u can find it in settings
B: and then send me a pic so i know its u
""")

C("gamer", "ollie.fn", "vbuck_dealer23", "2026-02-17T17:55:00", """
B: free v bucks giveaway 1000
A: fr??
B: ya but only for loyal followers lol
A: i follow u
B: ok but i need to know ur legit. how old
A: 13
B: ok. u need to do 3 tasks
A: ok
B: task 1 send a selfie
A: why
B: verification. everyone sends one
A: [photo]
B: ok good. task 2 is a video call, quick one
A: my mum is downstairs
B: thats fine just be quiet. lock ur door
""")

C("gamer", "sam_builds", "mentor_rob", "2026-01-30T18:25:00", """
B: hey sam, saw ur redstone tutorial, very impressive
A: thanks
B: i do game dev for a living, ur the kind of kid i like helping
A: cool
B: want to learn some coding? i can teach u
A: ya!!
~1d
B: we'll do lessons on discord. just me and u
A: ok
B: bring headphones so ur family doesnt hear, its hard to concentrate otherwise
A: ok
~2d
B: u did great today
B: ur honestly more mature than most adults i work with
A: lol thanks
B: i'd love to meet u some time and give u a proper laptop for coding
A: woah really?
B: yeah. just dont tell ur mum, she'll say its too much
""")

C("gamer", "ella.plays", "xXdarkangelXx", "2026-02-22T19:45:00", """
B: ur so good at adopt me lol
A: hehe
B: i'll give u a legendary
A: OMG
B: trade me and i'll give it
A: ok!!
B: ur so sweet
~1d
B: what school do u go to
A: not allowed to say lol
B: ok smart
B: what year then
A: year 6
B: so like 10?
A: 11
B: ok cool. r u allowed to do video chat?
A: not really
B: we could on here, private server
B: dont tell ur mum ok
""")

C("gamer", "Jake_fortnight", "CoachAlpha_FN", "2026-03-08T16:00:00", """
B: ur aim is actually cracked
A: thanks lol
B: ever thought about going pro?
A: ya i wanna
B: i coach some young players. i could help u get to a team
A: for real
B: yeah. its free for talented kids
B: how old are u
A: 14
B: perfect age to start. we'll do private sessions on discord
~2d
B: how was today
A: good i won a cash cup game
B: told u. u'll be famous
B: my team has a gaming house. u could stay a weekend
A: my parents would never
B: dont ask them then lol. say ur at a mates
A: idk
B: everyone on the team did that at first
""")

C("gamer", "noodle_kid", "DiamondDan", "2026-01-12T17:00:00", """
B: yo noodle
A: yo
B: u still need a netherite sword
A: ya
B: i got one for u. meet me at my base
A: ok omw
~20m
B: see, told u
A: thanks so much!!
B: np ur my little buddy
B: how old r u
A: 9
B: haha ok
B: u got a mic?
A: ya
B: lets voice chat later, but u gotta promise not to tell ur parents, they'll think im weird
A: why would they
B: parents dont get gaming friends
""")

C("gamer", "TheRealLuca", "Prince_Vex", "2026-02-06T21:00:00", """
B: yo luca
A: yo
B: ur my fav teammate fr
A: lol ty
B: u got a gf?
A: no lol im 13
B: lol ok
B: ur mature for 13 tho
~1d
B: i got u the new skin bundle
A: omg thanks
B: but u owe me lol
A: owe what
B: nothing weird lol. just hop on cam tonight so i can see ur reaction
A: ok
B: lock the door tho so ur mum doesnt walk in lol
""")

C("gamer", "Pippa.xx", "robux_queen", "2026-03-12T16:30:00", """
B: girl ur outfits on dress to impress are everything
A: omg thx
B: i'll give u 1k robux if u want
A: what do i have to do
B: nothing lol just be my friend
A: ok!!
~1d
B: hey bestie
B: how old r u
A: 11
B: awww same as my niece
A: lol
~2d
B: ok so can u do me a favour
B: my friend wants to say hi, hes nice. can i give him ur snap
A: i dont have snap
B: make one lol. hes got robux too
A: ok
""")
